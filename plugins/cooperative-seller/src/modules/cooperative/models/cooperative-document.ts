import { model } from "@medusajs/framework/utils"

import { Cooperative } from "./cooperative"

export const COOPERATIVE_DOCUMENT_MIME_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
] as const

/**
 * A registration paper a cooperative sent with its application (certificate of registration,
 * an ID card, a bank letter). These carry personal data, so the content lives here, in the
 * database, and is only ever streamed to the cooperative's staff and the operator; see
 * SELLER_API.md for why not the File module.
 */
export const CooperativeDocument = model.define("cooperative_document", {
  id: model.id({ prefix: "cdoc" }).primaryKey(),
  filename: model.text(),
  mime_type: model.enum([...COOPERATIVE_DOCUMENT_MIME_TYPES]),
  size: model.number(),
  // Base64, because the data model has no binary column; never selected when listing.
  content: model.text(),
  cooperative: model.belongsTo(() => Cooperative, { mappedBy: "documents" }),
})
