import { model } from "@medusajs/framework/utils"

/** The operator's marketplace-wide switches: one row, created with defaults when first read. */
export const MarketplaceSetting = model.define("marketplace_setting", {
  id: model.id({ prefix: "mset" }).primaryKey(),
  listings_need_approval: model.boolean().default(false),
})
