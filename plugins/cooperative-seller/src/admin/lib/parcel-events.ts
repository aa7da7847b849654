import { sdk } from "./sdk"

export const PARCEL_STATUSES = [
  "picked_up",
  "in_transit",
  "out_for_delivery",
  "delivered",
  "delivery_failed",
  "returned",
] as const

export type ParcelEventStatus = (typeof PARCEL_STATUSES)[number]

/** How the operator reads each courier status. */
export const PARCEL_STATUS_LABELS: Record<string, string> = {
  ready: "Labelled, waiting for the courier",
  picked_up: "Picked up",
  in_transit: "In transit",
  out_for_delivery: "Out for delivery",
  delivered: "Delivered",
  delivery_failed: "Delivery attempt failed",
  returned: "Returned / refused",
  canceled: "Cancelled",
}

export type AdminParcel = {
  tracking_number: string
  provider_id: string
  courier: string
  status: string
  expected_delivery_at: string | null
  cod_amount: number
  manual_events: boolean
}

export type AdminParcelEvent = {
  status: ParcelEventStatus
  occurred_at: string
  note: string | null
  source: "webhook" | "manual"
  tracking_number: string
}

export type AdminParcelTimeline = {
  shipment: AdminParcel | null
  events: AdminParcelEvent[]
}

export const retrieveParcelTimeline = (
  orderId: string
): Promise<AdminParcelTimeline> =>
  sdk.client.fetch(
    `/admin/orders/${encodeURIComponent(orderId)}/shipment-events`
  )

export const recordParcelEvent = (
  orderId: string,
  body: { status: ParcelEventStatus; note?: string }
): Promise<{ events: AdminParcelEvent[] }> =>
  sdk.client.fetch(
    `/admin/orders/${encodeURIComponent(orderId)}/shipment-events`,
    { method: "POST", body }
  )
