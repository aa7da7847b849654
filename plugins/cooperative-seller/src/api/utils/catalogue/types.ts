import type {
  CertificationType,
  Households,
  ImageSet,
} from "../../../modules/cooperative/types"

/** The store's view of the module's records; shapes documented in CATALOGUE_API.md. */
export type StoreCertification = {
  id: string
  type: CertificationType
  number: string
  ocop_stars: number | null
  issued_at: string
  expires_at: string | null
  issuer: string | null
}

export type StoreEthnicGroup = {
  code: string
  name_vi: string
  name_en: string
}

export type StoreCooperative = {
  id: string
  handle: string
  name: string
  registration_number: string
  province_code: string
  province_name: string
  province_name_en: string
  commune_code: string
  commune_name: string
  commune_name_en: string
  address_line: string | null
  founded_year: number | null
  ethnic_groups: StoreEthnicGroup[]
  households: Households
  story_vi: string
  story_en: string
  cover_image: ImageSet | null
  gallery: ImageSet[]
  certifications: StoreCertification[]
  product_count: number
}

export type CatalogueProduct = {
  id: string
  handle: string
  title: string
  title_en: string
  subtitle: string | null
  subtitle_en: string | null
  thumbnail: ImageSet | null
  price: number
  cooperative: { handle: string; name: string }
  province_code: string
  province_name: string
  province_name_en: string
  commune_name: string
  commune_name_en: string
  category: { handle: string; name_vi: string; name_en: string } | null
  ocop_stars: number | null
  certification_types: CertificationType[]
  harvest_months: number[]
  created_at: string
}

export type CatalogueFacets = {
  provinces: { code: string; name: string; name_en: string; count: number }[]
  categories: {
    handle: string
    name_vi: string
    name_en: string
    count: number
  }[]
  certifications: { type: CertificationType; count: number }[]
}
