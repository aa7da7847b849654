import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { loadCodSummary } from "../../../lib/shipping/remittance-cod-summary"
import { loadSellerMember } from "../../utils/seller"
import type { SellerGetCodSummaryParamsType } from "./validators"

/**
 * GET /seller/cod-summary: the cash couriers collected on delivery for the cooperative's parcels,
 * what they paid over, and what they still owe.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, SellerGetCodSummaryParamsType>,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  res.json(
    await loadCodSummary(req.scope, member.cooperative_id, req.validatedQuery)
  )
}
