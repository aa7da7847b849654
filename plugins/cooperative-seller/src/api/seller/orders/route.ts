import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { listSellerOrders } from "../../../lib/cooperative-orders"
import { loadShipmentSummaries } from "../../../lib/shipping/order-shipping"
import { loadSellerMember } from "../../utils/seller"
import type { SellerGetOrdersParamsType } from "./validators"

/**
 * GET /seller/orders: the cooperative's orders, newest first, optionally by status, each with
 * its latest parcel's tracking number and status.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const { limit, offset, status } =
    req.validatedQuery as SellerGetOrdersParamsType
  const { orders, count } = await listSellerOrders(
    req.scope,
    member.cooperative_id,
    { limit, offset, status }
  )
  const shipments = await loadShipmentSummaries(
    req.scope,
    member.cooperative_id,
    orders.map((order) => order.id)
  )
  res.json({
    orders: orders.map((order) => ({
      ...order,
      shipment: shipments.get(order.id) ?? null,
    })),
    count,
    offset,
    limit,
  })
}
