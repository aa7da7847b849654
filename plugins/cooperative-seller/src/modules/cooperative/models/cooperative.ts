import { model } from "@medusajs/framework/utils"

import { Certification } from "./certification"
import { CooperativeDocument } from "./cooperative-document"
import { CooperativeInvite } from "./cooperative-invite"
import { CooperativeMember } from "./cooperative-member"
import { Origin } from "./product-origin"

export const COOPERATIVE_STATUSES = [
  "pending",
  "active",
  "rejected",
  "suspended",
] as const

/**
 * A cooperative (hợp tác xã) that sells on the marketplace. Only `active` cooperatives and their
 * products are visible to buyers.
 */
export const Cooperative = model
  .define("cooperative", {
    id: model.id({ prefix: "coop" }).primaryKey(),
    handle: model.text().unique().searchable(),
    name: model.text().searchable(),
    registration_number: model.text(),
    status: model.enum([...COOPERATIVE_STATUSES]).default("pending"),
    status_reason: model.text().nullable(),
    // A 2025 commune/ward code; the province is derived from it when the cooperative is written.
    commune_code: model.text(),
    province_code: model.text().index("IDX_cooperative_province_code"),
    address_line: model.text().nullable(),
    phone: model.text().nullable(),
    email: model.text().nullable(),
    founded_year: model.number().nullable(),
    ethnic_groups: model.array(),
    households: model.json(),
    story_vi: model.text(),
    story_en: model.text(),
    cover_image: model.json().nullable(),
    gallery: model.json().nullable(),
    commission_rate: model.float().default(0.08),
    certifications: model.hasMany(() => Certification, {
      mappedBy: "cooperative",
    }),
    origins: model.hasMany(() => Origin, { mappedBy: "cooperative" }),
    members: model.hasMany(() => CooperativeMember, {
      mappedBy: "cooperative",
    }),
    invites: model.hasMany(() => CooperativeInvite, {
      mappedBy: "cooperative",
    }),
    documents: model.hasMany(() => CooperativeDocument, {
      mappedBy: "cooperative",
    }),
  })
  .cascades({
    delete: ["certifications", "origins", "members", "invites", "documents"],
  })
