import { model } from "@medusajs/framework/utils"

/** What a courier (or a person for the table courier) can say about a parcel. */
export const COURIER_EVENT_STATUSES = [
  "picked_up",
  "in_transit",
  "out_for_delivery",
  "delivered",
  "delivery_failed",
  "returned",
] as const

export type CourierEventStatus = (typeof COURIER_EVENT_STATUSES)[number]

export const COURIER_EVENT_SOURCES = ["webhook", "manual"] as const

export type CourierEventSource = (typeof COURIER_EVENT_SOURCES)[number]

/**
 * One status event of a parcel, as the courier sent it (webhook) or a person recorded it
 * (manual, for the table courier). The courier's event id is unique per provider, so a replayed
 * webhook finds its earlier row and changes nothing.
 */
export const Event = model
  .define("courier_event", {
    id: model.id({ prefix: "cevt" }).primaryKey(),
    provider: model.text(),
    event_id: model.text(),
    shipment_id: model.text().index("IDX_courier_event_shipment_id"),
    status: model.enum([...COURIER_EVENT_STATUSES]),
    occurred_at: model.dateTime(),
    cod_collected: model.number().nullable(),
    note: model.text().nullable(),
    source: model.enum([...COURIER_EVENT_SOURCES]),
    created_by: model.text().nullable(),
  })
  .indexes([
    {
      name: "IDX_courier_event_provider_event_id_unique",
      on: ["provider", "event_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
