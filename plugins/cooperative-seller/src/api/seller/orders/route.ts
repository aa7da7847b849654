import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { listSellerOrders } from "../../../lib/cooperative-orders"
import { loadSellerMember } from "../../utils/seller"
import type { SellerGetOrdersParamsType } from "./validators"

/** GET /seller/orders: the cooperative's orders, newest first, optionally by status. */
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
  res.json({ orders, count, offset, limit })
}
