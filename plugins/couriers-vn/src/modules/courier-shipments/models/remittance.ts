import { model } from "@medusajs/framework/utils"

/**
 * A courier's statement of the cash on delivery it paid over, as an operator imported it. The
 * counts and sums are kept with it so the list of imports needs no lines.
 */
export const Remittance = model.define("courier_remittance", {
  id: model.id({ prefix: "crem" }).primaryKey(),
  /** The courier: `vnpost-table` or `ghn`. */
  provider: model.text(),
  file_name: model.text().nullable(),
  imported_at: model.dateTime(),
  imported_by: model.text().nullable(),
  lines_count: model.number(),
  matched_count: model.number(),
  mismatched_count: model.number(),
  /** Whole đồng; a statement can pass the 2 billion an integer column holds. */
  amount_total: model.bigNumber(),
  amount_matched: model.bigNumber(),
})
