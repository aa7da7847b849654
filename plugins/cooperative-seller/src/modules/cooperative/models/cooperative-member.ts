import { model } from "@medusajs/framework/utils"

import { Cooperative } from "./cooperative"

export const COOPERATIVE_MEMBER_ROLES = ["owner", "staff"] as const

/**
 * A person who works for a cooperative on the marketplace: the `seller` actor. Their auth
 * identity carries `app_metadata.seller_id` = this id, so a seller's token names the member.
 */
export const CooperativeMember = model.define("cooperative_member", {
  id: model.id({ prefix: "cmem" }).primaryKey(),
  email: model.text().unique(),
  name: model.text(),
  role: model.enum([...COOPERATIVE_MEMBER_ROLES]).default("staff"),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "members" }),
})
