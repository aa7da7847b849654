import { randomUUID } from "node:crypto"

import {
  COURIER_SHIPMENTS_MODULE,
  type CourierEventSource,
  type CourierEventStatus,
  type CourierShipmentsModuleService,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

import type { CourierWebhookEventType } from "./courier-webhooks"
import { recordCourierEventWorkflow } from "./record-courier-event-workflow"

/** The table courier has no API: only its parcels take events recorded by hand. */
export const MANUAL_EVENT_PROVIDER_ID = "vnpost-table_vnpost-table"

type Shipment = {
  id: string
  order_id: string
  provider_id: string
  tracking_number: string
}

const shipments = (container: MedusaContainer) =>
  container.resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)

/** A courier's event about one of its parcels, found by tracking number; 404 when unknown. */
export const applyWebhookEvent = async (
  container: MedusaContainer,
  provider: string,
  providerId: string,
  event: CourierWebhookEventType
): Promise<{ duplicate: boolean }> => {
  const [shipment] = (await shipments(container).listShipments(
    { tracking_number: event.tracking_number, provider_id: providerId },
    { take: 1 }
  )) as Shipment[]
  if (!shipment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No ${provider} parcel has the tracking number ${event.tracking_number}.`
    )
  }
  const { result } = await recordCourierEventWorkflow(container).run({
    input: {
      provider,
      event_id: event.event_id,
      shipment_id: shipment.id,
      order_id: shipment.order_id,
      status: event.status,
      occurred_at: event.occurred_at,
      cod_collected: event.cod_collected,
      note: event.note,
      source: "webhook",
    },
  })
  return result
}

/** The order's latest parcel, or a 404 sentence. */
const latestShipment = async (
  container: MedusaContainer,
  orderId: string
): Promise<Shipment> => {
  const [shipment] = (await shipments(container).listShipments(
    { order_id: orderId },
    { order: { created_at: "DESC" }, take: 1 }
  )) as Shipment[]
  if (!shipment) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "This order has no parcel yet: mark it ready to ship first (POST /seller/orders/:id/ship)."
    )
  }
  return shipment
}

/**
 * An event recorded by a cooperative member or an operator for the table courier's parcel. A
 * GHN parcel is refused: GHN reports its own events.
 */
export const applyManualEvent = async (
  container: MedusaContainer,
  orderId: string,
  event: { status: CourierEventStatus; occurred_at?: string; note?: string },
  createdBy: string
): Promise<{ duplicate: boolean }> => {
  const shipment = await latestShipment(container, orderId)
  if (shipment.provider_id !== MANUAL_EVENT_PROVIDER_ID) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This parcel's courier reports its own events; only VNPost parcels (no courier API) are updated by hand."
    )
  }
  const source: CourierEventSource = "manual"
  const { result } = await recordCourierEventWorkflow(container).run({
    input: {
      provider: "vnpost-table",
      event_id: `manual_${randomUUID()}`,
      shipment_id: shipment.id,
      order_id: shipment.order_id,
      status: event.status,
      occurred_at: event.occurred_at ?? new Date().toISOString(),
      note: event.note,
      source,
      created_by: createdBy,
    },
  })
  return result
}

export type TimelineEvent = {
  status: CourierEventStatus
  occurred_at: string
  note: string | null
  source: CourierEventSource
  tracking_number: string
}

/** Every event of the order's parcels, oldest first. */
export const loadTimeline = async (
  container: MedusaContainer,
  orderId: string
): Promise<TimelineEvent[]> => {
  const service = shipments(container)
  const parcels = (await service.listShipments(
    { order_id: orderId },
    { select: ["id", "tracking_number"] }
  )) as Pick<Shipment, "id" | "tracking_number">[]
  if (parcels.length === 0) {
    return []
  }
  const tracking = new Map(parcels.map((p) => [p.id, p.tracking_number]))
  const events = await service.listEvents(
    { shipment_id: parcels.map((p) => p.id) },
    { order: { occurred_at: "ASC", created_at: "ASC" } }
  )
  return events.map((event) => ({
    status: event.status,
    occurred_at: new Date(event.occurred_at).toISOString(),
    note: event.note ?? null,
    source: event.source,
    tracking_number: tracking.get(event.shipment_id) ?? "",
  }))
}
