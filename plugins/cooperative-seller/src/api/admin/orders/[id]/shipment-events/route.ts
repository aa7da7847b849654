import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import {
  applyManualEvent,
  loadTimeline,
} from "../../../../../lib/shipping/courier-events"
import { loadLatestParcel } from "../../../../../lib/shipping/order-shipping"
import type { ManualShipmentEventType } from "../../../../../lib/shipping/courier-webhooks"
import { sendCourierEventError } from "../../../../../lib/shipping/send-courier-event-error"

/**
 * GET /admin/orders/:id/shipment-events: the order's latest parcel (or null) and its timeline,
 * oldest first.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const orderId = req.params.id ?? ""
  const [shipment, events] = await Promise.all([
    loadLatestParcel(req.scope, orderId),
    loadTimeline(req.scope, orderId),
  ])
  res.json({ shipment, events })
}

/**
 * POST /admin/orders/:id/shipment-events: an operator records what the table courier (no API)
 * did with the parcel; the same effects as a courier's webhook.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<ManualShipmentEventType>,
  res: MedusaResponse
) => {
  const orderId = req.params.id ?? ""
  try {
    await applyManualEvent(
      req.scope,
      orderId,
      req.validatedBody,
      req.auth_context.actor_id
    )
  } catch (error) {
    sendCourierEventError(res, error)
    return
  }
  res.json({ events: await loadTimeline(req.scope, orderId) })
}
