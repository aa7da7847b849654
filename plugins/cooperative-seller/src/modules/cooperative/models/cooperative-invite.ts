import { model } from "@medusajs/framework/utils"

import { Cooperative } from "./cooperative"

/**
 * An owner's invitation for a person to join the cooperative's staff. Only a SHA-256 digest of
 * the token is kept, so a copy of the database cannot be used to accept an invitation.
 */
export const CooperativeInvite = model
  .define("cooperative_invite", {
    id: model.id({ prefix: "cinv" }).primaryKey(),
    email: model.text(),
    name: model.text(),
    token_hash: model.text().unique(),
    expires_at: model.dateTime(),
    accepted_at: model.dateTime().nullable(),
    cooperative: model.belongsTo(() => Cooperative, { mappedBy: "invites" }),
  })
  .indexes([{ on: ["email"], where: "deleted_at IS NULL" }])
