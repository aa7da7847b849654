import { model } from "@medusajs/framework/utils"

/** What a line of a courier's statement turned out to be, matched against our parcels. */
export const REMITTANCE_OUTCOMES = [
  "matched",
  "unknown_tracking_number",
  "wrong_amount",
  "duplicate",
  "not_collected",
] as const

export type RemittanceOutcome = (typeof REMITTANCE_OUTCOMES)[number]

/**
 * One line of an imported statement: what the courier wrote (tracking number, amount, day), what
 * it matched, and, for a mismatch, whether an operator followed it up. Only one matched line can
 * point at a parcel, so the same cash is never counted twice.
 */
export const RemittanceLine = model
  .define("courier_remittance_line", {
    id: model.id({ prefix: "creml" }).primaryKey(),
    remittance_id: model
      .text()
      .index("IDX_courier_remittance_line_remittance_id"),
    /** The line's number as a spreadsheet shows it (the header is line 1). */
    line_number: model.number(),
    tracking_number: model.text(),
    amount: model.number(),
    /** The day the courier paid, YYYY-MM-DD. */
    remitted_on: model.text(),
    outcome: model.enum([...REMITTANCE_OUTCOMES]),
    detail: model.text(),
    expected_amount: model.number().nullable(),
    shipment_id: model.text().nullable(),
    order_id: model.text().nullable(),
    display_id: model.number().nullable(),
    cooperative_id: model
      .text()
      .index("IDX_courier_remittance_line_cooperative_id")
      .nullable(),
    resolved_at: model.dateTime().nullable(),
    resolved_by: model.text().nullable(),
    resolution_note: model.text().nullable(),
  })
  .indexes([
    {
      name: "IDX_courier_remittance_line_shipment_matched_unique",
      on: ["shipment_id"],
      unique: true,
      where: "outcome = 'matched' AND deleted_at IS NULL",
    },
  ])
