import { model } from "@medusajs/framework/utils"

/**
 * A cooperative's request that the couriers come for its ready parcels: one a request, for all
 * the parcels labelled and not yet collected. `courier_reference` holds a courier's own pickup id
 * when it has a pickup API; otherwise the request is only recorded here.
 */
export const Pickup = model.define("courier_pickup", {
  id: model.id({ prefix: "pkup" }).primaryKey(),
  cooperative_id: model.text().index("IDX_courier_pickup_cooperative_id"),
  provider_ids: model.array(),
  parcels: model.number(),
  requested_at: model.dateTime(),
  /** The day the courier comes (YYYY-MM-DD, Vietnam time). */
  pickup_date: model.text(),
  note: model.text().nullable(),
  courier_reference: model.text().nullable(),
})
