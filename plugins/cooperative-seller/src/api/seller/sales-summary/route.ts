import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { loadSalesSummary } from "../../../lib/sales-summary"
import { loadSellerMember } from "../../utils/seller"

/** GET /seller/sales-summary: revenue by month, top products and orders waiting to be packed. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  res.json({
    summary: await loadSalesSummary(req.scope, member.cooperative_id),
  })
}
