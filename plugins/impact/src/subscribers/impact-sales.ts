import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  ContainerRegistrationKeys,
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
  PaymentEvents,
} from "@medusajs/framework/utils"

import { refreshOrderSales } from "../lib/sql/refresh"

const PAYMENT_EVENTS: string[] = [
  PaymentEvents.CAPTURED,
  PaymentEvents.REFUNDED,
]

/**
 * Keeps the officers' summary of online sales fresh: when a payment is captured or refunded, or
 * an order is cancelled or edited, that order's summary rows are recomputed in SQL.
 */
export default async function refreshImpactSales({
  event,
  container,
}: SubscriberArgs<{ id?: string; order_id?: string }>): Promise<void> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const id = event.data.id ?? event.data.order_id
  if (!id) {
    return
  }
  let orderIds = [id]
  if (PAYMENT_EVENTS.includes(event.name)) {
    const found = await db.raw<{ rows: { order_id: string }[] }>(
      `select opc.order_id from payment p
       join order_payment_collection opc
         on opc.payment_collection_id = p.payment_collection_id and opc.deleted_at is null
       where p.id = ?`,
      [id]
    )
    orderIds = found.rows.map((row) => row.order_id)
  }
  try {
    await refreshOrderSales(db, orderIds)
  } catch (error) {
    // The nightly rebuild (jobs/rebuild-impact-sales) catches up whatever fails here.
    logger.error(
      `Could not refresh the sales summary of ${orderIds.join(", ")}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}

export const config: SubscriberConfig = {
  event: [
    PaymentEvents.CAPTURED,
    PaymentEvents.REFUNDED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.UPDATED,
    OrderEditWorkflowEvents.CONFIRMED,
  ],
  context: { subscriberId: "impact-sales-refresh" },
}
