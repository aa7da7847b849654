import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { deleteSellerProductWorkflow } from "../../../../workflows/delete-seller-product"
import { updateSellerProductWorkflow } from "../../../../workflows/update-seller-product"
import { loadSellerMember } from "../../../utils/seller"
import { loadSellerProduct } from "../../../utils/seller-products"
import type { SellerUpdateProductType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  res.json({
    product: await loadSellerProduct(
      req.scope,
      member.cooperative_id,
      req.params.id ?? ""
    ),
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<SellerUpdateProductType>,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const id = req.params.id ?? ""
  const { variants, ...changes } = req.validatedBody
  await updateSellerProductWorkflow(req.scope).run({
    input: { cooperative_id: member.cooperative_id, id, changes, variants },
  })
  res.json({
    product: await loadSellerProduct(req.scope, member.cooperative_id, id),
  })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const id = req.params.id ?? ""
  await deleteSellerProductWorkflow(req.scope).run({
    input: { cooperative_id: member.cooperative_id, id },
  })
  res.json({ id, object: "product", deleted: true })
}
