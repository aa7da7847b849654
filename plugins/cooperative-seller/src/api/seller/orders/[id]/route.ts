import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { loadSellerOrder } from "../../../../lib/cooperative-orders"
import { loadSellerMember } from "../../../utils/seller"

/** GET /seller/orders/:id: one of the cooperative's orders; any other id is 404. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  res.json({
    order: await loadSellerOrder(
      req.scope,
      member.cooperative_id,
      req.params.id ?? ""
    ),
  })
}
