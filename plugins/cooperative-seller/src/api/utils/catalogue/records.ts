import type {
  CertificationType,
  Households,
  ImageSet,
} from "../../../modules/cooperative/types"

/** What query.graph returns for the fields the catalogue asks for. */
export type CertificationRecord = {
  id: string
  type: CertificationType
  number: string
  ocop_stars: number | null
  issued_at: Date | string
  expires_at: Date | string | null
  issuer: string | null
}

export type CooperativeRecord = {
  id: string
  handle: string
  name: string
  registration_number: string
  status: string
  province_code: string
  commune_code: string
  address_line: string | null
  founded_year: number | null
  ethnic_groups: string[] | null
  households: Households
  story_vi: string
  story_en: string
  cover_image: ImageSet | null
  gallery: ImageSet[] | null
  certifications?: CertificationRecord[]
}

export const COOPERATIVE_FIELDS = [
  "id",
  "handle",
  "name",
  "registration_number",
  "status",
  "province_code",
  "commune_code",
  "address_line",
  "founded_year",
  "ethnic_groups",
  "households",
  "story_vi",
  "story_en",
  "cover_image",
  "gallery",
  "certifications.*",
]
