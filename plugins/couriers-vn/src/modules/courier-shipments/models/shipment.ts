import { model } from "@medusajs/framework/utils"

/** Where a parcel is, from "ready" (labelled, waiting for the courier) to its end. */
export const SHIPMENT_STATUSES = [
  "ready",
  "picked_up",
  "in_transit",
  "out_for_delivery",
  "delivered",
  "delivery_failed",
  "returned",
  "canceled",
] as const

export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number]

/**
 * One parcel handed to a courier: the Medusa fulfillment it belongs to, the courier's tracking
 * number (an S10 number for VNPost, GHN's order code for GHN), what the label prints, and the
 * pickup that collects it, and the statement line that paid its cash on delivery over. Orders,
 * fulfillments and cooperatives live in other modules; their ids are kept here as plain
 * references.
 */
export const Shipment = model.define("courier_shipment", {
  id: model.id({ prefix: "shpm" }).primaryKey(),
  provider_id: model.text(),
  service: model.text(),
  order_id: model.text().index("IDX_courier_shipment_order_id"),
  fulfillment_id: model
    .text()
    .unique("IDX_courier_shipment_fulfillment_id_unique"),
  cooperative_id: model.text().index("IDX_courier_shipment_cooperative_id"),
  tracking_number: model
    .text()
    .unique("IDX_courier_shipment_tracking_number_unique"),
  courier_order_code: model.text().nullable(),
  label: model.json(),
  expected_delivery_at: model.dateTime().nullable(),
  weight_g: model.number(),
  length_cm: model.number().nullable(),
  width_cm: model.number().nullable(),
  height_cm: model.number().nullable(),
  cod_amount: model.number().default(0),
  status: model.enum([...SHIPMENT_STATUSES]).default("ready"),
  pickup_id: model.text().index("IDX_courier_shipment_pickup_id").nullable(),
  /** When the courier's statement paid this parcel's cash over (a matched remittance line). */
  remitted_at: model.dateTime().nullable(),
  remitted_amount: model.number().nullable(),
  remittance_line_id: model.text().nullable(),
})
