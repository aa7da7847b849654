import type { CERTIFICATION_TYPES } from "./models/certification"
import type { COOPERATIVE_STATUSES } from "./models/cooperative"
import type { COOPERATIVE_DOCUMENT_MIME_TYPES } from "./models/cooperative-document"
import type { COOPERATIVE_MEMBER_ROLES } from "./models/cooperative-member"

export type CooperativeStatus = (typeof COOPERATIVE_STATUSES)[number]
export type CooperativeMemberRole = (typeof COOPERATIVE_MEMBER_ROLES)[number]
export type CertificationType = (typeof CERTIFICATION_TYPES)[number]

export type Households = {
  total: number
  poor: number
  near_poor: number
  ethnic_minority: number
}

export type ImageSource = { width: number; url: string }

/** One picture in several widths and formats, as the storefront's <picture> needs it. */
export type ImageSet = {
  url: string
  width: number
  height: number
  alt_vi: string
  alt_en: string
  webp: ImageSource[]
  avif: ImageSource[]
}

export type CreateCooperativeInput = {
  handle: string
  name: string
  registration_number: string
  status?: CooperativeStatus
  status_reason?: string | null
  commune_code: string
  province_code: string
  address_line?: string | null
  phone?: string | null
  email?: string | null
  founded_year?: number | null
  ethnic_groups: string[]
  households: Households
  story_vi: string
  story_en: string
  cover_image?: ImageSet | null
  gallery?: ImageSet[] | null
  commission_rate?: number
}

export type UpdateCooperativeInput = Partial<CreateCooperativeInput> & {
  id: string
}

export type CreateCertificationInput = {
  cooperative_id: string
  type: CertificationType
  number: string
  ocop_stars?: number | null
  issued_at: Date | string
  expires_at?: Date | string | null
  issuer?: string | null
}

export type UpdateCertificationInput = Partial<
  Omit<CreateCertificationInput, "cooperative_id">
> & { id: string }

export type CreateProductOriginInput = {
  cooperative_id: string
  commune_code: string
  province_code: string
  ethnic_group: string
  harvest_months: number[]
  story_vi: string
  story_en: string
  producer_quote_vi?: string | null
  producer_quote_en?: string | null
  producer_name?: string | null
  traceability_code: string
  images?: ImageSet[] | null
  certification_ids?: string[]
}

export type CreateCooperativeMemberInput = {
  cooperative_id: string
  email: string
  name: string
  role: CooperativeMemberRole
}

export type CooperativeDocumentMimeType =
  (typeof COOPERATIVE_DOCUMENT_MIME_TYPES)[number]

export type CreateCooperativeInviteInput = {
  cooperative_id: string
  email: string
  name: string
  token_hash: string
  expires_at: Date
}

export type CreateCooperativeDocumentInput = {
  cooperative_id: string
  filename: string
  mime_type: CooperativeDocumentMimeType
  size: number
  /** The file's bytes in base64. */
  content: string
}

export type MarketplaceSettings = {
  listings_need_approval: boolean
}
