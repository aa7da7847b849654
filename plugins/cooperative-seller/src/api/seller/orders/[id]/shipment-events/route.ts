import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { loadSellerOrder } from "../../../../../lib/cooperative-orders"
import {
  applyManualEvent,
  loadTimeline,
} from "../../../../../lib/shipping/courier-events"
import type { ManualShipmentEventType } from "../../../../../lib/shipping/courier-webhooks"
import { sendCourierEventError } from "../../../../../lib/shipping/send-courier-event-error"
import { loadSellerMember } from "../../../../utils/seller"

/** GET /seller/orders/:id/shipment-events: the parcel's timeline, oldest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const orderId = req.params.id ?? ""
  await loadSellerOrder(req.scope, member.cooperative_id, orderId)
  res.json({ events: await loadTimeline(req.scope, orderId) })
}

/**
 * POST /seller/orders/:id/shipment-events: the cooperative records what the table courier (no
 * API) did with the parcel; the same effects as a courier's webhook.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<ManualShipmentEventType>,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const orderId = req.params.id ?? ""
  await loadSellerOrder(req.scope, member.cooperative_id, orderId)
  try {
    await applyManualEvent(req.scope, orderId, req.validatedBody, member.id)
  } catch (error) {
    sendCourierEventError(res, error)
    return
  }
  res.json({ events: await loadTimeline(req.scope, orderId) })
}
