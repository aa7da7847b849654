import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { updateSellerProductWorkflow } from "../../../../../workflows/update-seller-product"
import { loadSellerMember } from "../../../../utils/seller"
import { loadSellerProduct } from "../../../../utils/seller-products"
import type { SellerUpdateStockType } from "./validators"

/**
 * POST /seller/products/:id/stock: sets the stocked quantity of some of the product's variants at
 * the cooperative's stock location, the portal's quick stock editor.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<SellerUpdateStockType>,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const id = req.params.id ?? ""
  await updateSellerProductWorkflow(req.scope).run({
    input: {
      cooperative_id: member.cooperative_id,
      id,
      changes: {},
      variants: req.validatedBody.variants,
    },
  })
  res.json({
    product: await loadSellerProduct(req.scope, member.cooperative_id, id),
  })
}
