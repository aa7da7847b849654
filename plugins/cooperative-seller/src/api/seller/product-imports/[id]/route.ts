import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { loadSellerMember } from "../../../utils/seller"
import { loadSellerImport } from "../load-imports"

/** GET /seller/product-imports/:id: one of the cooperative's imports and its progress. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  res.json({
    import: await loadSellerImport(
      req.scope,
      member.cooperative_id,
      req.params.id ?? ""
    ),
  })
}
