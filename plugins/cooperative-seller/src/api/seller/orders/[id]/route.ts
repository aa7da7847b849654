import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { loadSellerOrder } from "../../../../lib/cooperative-orders"
import { loadOrderShipping } from "../../../../lib/shipping/order-shipping"
import { loadSellerMember } from "../../../utils/seller"

/**
 * GET /seller/orders/:id: one of the cooperative's orders, with its courier, the parcel worked
 * out from its products and its latest parcel; any other id is 404.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const orderId = req.params.id ?? ""
  const order = await loadSellerOrder(req.scope, member.cooperative_id, orderId)
  const shipping = await loadOrderShipping(
    req.scope,
    member.cooperative_id,
    order.id
  )
  res.json({ order: { ...order, ...shipping } })
}
