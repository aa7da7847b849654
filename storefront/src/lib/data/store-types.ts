import type { HttpTypes } from "@medusajs/types"

/**
 * What the cooperative plugin's store routes answer (plugins/cooperative-seller/CATALOGUE_API.md).
 * Only the adapters in this folder read these shapes; pages and components get our own types.
 */

export type StoreImageSource = { width: number; url: string }

export type StoreImageSet = {
  url: string
  width: number
  height: number
  alt_vi: string
  alt_en: string
  webp: StoreImageSource[]
  avif: StoreImageSource[]
}

export type StoreCertificationType =
  "OCOP" | "VietGAP" | "GI" | "organic" | "collective_mark"

export type StoreCertification = {
  id: string
  type: StoreCertificationType
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
  households: {
    total: number
    poor: number
    near_poor: number
    ethnic_minority: number
  }
  story_vi: string
  story_en: string
  cover_image: StoreImageSet | null
  gallery: StoreImageSet[]
  certifications: StoreCertification[]
  product_count: number
}

export type StoreCatalogueProduct = {
  id: string
  handle: string
  title: string
  title_en: string
  subtitle: string | null
  subtitle_en: string | null
  thumbnail: StoreImageSet | null
  price: number
  cooperative: { handle: string; name: string }
  province_code: string
  province_name: string
  province_name_en: string
  commune_name: string
  commune_name_en: string
  category: { handle: string; name_vi: string; name_en: string } | null
  ocop_stars: number | null
  certification_types: StoreCertificationType[]
  harvest_months: number[]
}

export type StoreCatalogueFacets = {
  provinces: { code: string; name: string; name_en: string; count: number }[]
  categories: {
    handle: string
    name_vi: string
    name_en: string
    count: number
  }[]
  certifications: { type: StoreCertificationType; count: number }[]
}

export type StoreCatalogueResponse = {
  products: StoreCatalogueProduct[]
  count: number
  offset: number
  limit: number
  facets: StoreCatalogueFacets
}

export type StoreCooperativeListResponse = {
  cooperatives: StoreCooperative[]
  count: number
  offset: number
  limit: number
}

export type StoreCooperativeResponse = {
  cooperative: StoreCooperative & { products: StoreCatalogueProduct[] }
}

export type StoreProductOrigin = {
  id: string
  commune_code: string
  province_code: string
  ethnic_group: string
  harvest_months: number[] | null
  story_vi: string | null
  story_en: string | null
  producer_quote_vi: string | null
  producer_quote_en: string | null
  producer_name: string | null
  traceability_code: string
  images: StoreImageSet[] | null
  certifications?: StoreCertification[] | null
}

/** A store product asked for with its cooperative and origin (`fields=*cooperative,*origin…`). */
export type StoreProductWithOrigin = HttpTypes.StoreProduct & {
  cooperative?: { id: string; handle: string; name: string } | null
  origin?: StoreProductOrigin | null
}

export type StoreVnProvince = {
  code: string
  name: string
  name_en: string
  full_name: string
  full_name_en: string
}

export type StoreVnCommune = {
  code: string
  name: string
  name_en: string
  full_name: string
  full_name_en: string
  province_code: string
  province: StoreVnProvince
}
