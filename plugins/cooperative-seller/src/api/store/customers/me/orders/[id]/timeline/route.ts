import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import { loadTimeline } from "../../../../../../../lib/shipping/courier-events"

/**
 * GET /store/customers/me/orders/:id/timeline: where the buyer's parcel is, oldest event first.
 * Only the signed-in customer's own orders; any other id is a 404.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const orderId = req.params.id ?? ""
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = (await query.graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: orderId },
  })) as { data: { id: string; customer_id: string | null }[] }
  if (!order || order.customer_id !== req.auth_context.actor_id) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no order with id ${orderId}.`
    )
  }
  const events = await loadTimeline(req.scope, orderId)
  res.json({
    events: events.map(({ status, occurred_at, note }) => ({
      status,
      occurred_at,
      note,
    })),
  })
}
