import { model } from "@medusajs/framework/utils"

import { Cooperative } from "./cooperative"
import { Origin } from "./product-origin"

export const CERTIFICATION_TYPES = [
  "OCOP",
  "VietGAP",
  "GI",
  "organic",
  "collective_mark",
] as const

/**
 * A certificate a cooperative holds: an OCOP rating (3–5 stars, 36 months), VietGAP (at most
 * 2 years), a geographical indication, an organic certificate or a collective mark.
 */
export const Certification = model.define("certification", {
  id: model.id({ prefix: "cert" }).primaryKey(),
  type: model.enum([...CERTIFICATION_TYPES]),
  number: model.text(),
  ocop_stars: model.number().nullable(),
  issued_at: model.dateTime(),
  expires_at: model.dateTime().nullable(),
  issuer: model.text().nullable(),
  cooperative: model.belongsTo(() => Cooperative, {
    mappedBy: "certifications",
  }),
  origins: model.manyToMany(() => Origin, {
    mappedBy: "certifications",
  }),
})
