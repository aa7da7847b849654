import type { CatalogueItem } from "./catalogue"
import type { Certification } from "./certification"
import type { Picture } from "./image"

export type EthnicGroup = { code: string; name: string }

export type Households = {
  total: number
  poor: number
  nearPoor: number
  ethnicMinority: number
}

/** A cooperative as the storefront shows it, in the page's language. */
export type Cooperative = {
  id: string
  handle: string
  name: string
  registrationNumber: string
  provinceCode: string
  provinceName: string
  communeName: string
  /** Thôn / bản. */
  addressLine?: string
  foundedYear?: number
  ethnicGroups: EthnicGroup[]
  households: Households
  story: string
  cover?: Picture
  gallery: Picture[]
  certifications: Certification[]
  productCount: number
}

export type CooperativeWithProducts = Cooperative & {
  /** Its published products, newest first. */
  products: CatalogueItem[]
}

export type CooperativeList = {
  cooperatives: Cooperative[]
  count: number
  offset: number
  limit: number
}

/** A 2025 province, for filter menus. */
export type Province = { code: string; name: string }

/** A 2025 commune or ward with its province, in the page's language. */
export type Place = {
  communeCode: string
  communeName: string
  provinceCode: string
  provinceName: string
}
