import type { CertificationType, OcopStars } from "./certification"
import type { Picture } from "./image"

export type CatalogueSort = "newest" | "price_asc" | "price_desc" | "title"

/** The catalogue's filters, all optional; prices in đồng. */
export type CatalogueFilters = {
  province?: string
  category?: string
  certification?: CertificationType
  ocopMin?: OcopStars
  priceMin?: number
  priceMax?: number
  /** 1–12. */
  harvestMonth?: number
}

/** Everything a catalogue address can say: the filters, the order and the page (from 1). */
export type CatalogueQuery = CatalogueFilters & {
  sort: CatalogueSort
  page: number
}

/** A product in a list (catalogue, shelves, a cooperative's products), in the page's language. */
export type CatalogueItem = {
  id: string
  handle: string
  title: string
  subtitle?: string
  image?: Picture
  /** The lowest variant price, in đồng. */
  price: number
  cooperative: { handle: string; name: string }
  provinceCode: string
  provinceName: string
  communeName: string
  category?: { handle: string; name: string }
  ocopStars: OcopStars | null
  certificationTypes: CertificationType[]
  harvestMonths: number[]
}

export type FacetCount<Key extends string> = { value: Key; count: number }

/** The choices of each filter menu, with how many products each would show. */
export type CatalogueFacets = {
  provinces: (FacetCount<string> & { name: string })[]
  categories: (FacetCount<string> & { name: string })[]
  certifications: FacetCount<CertificationType>[]
}

export type CataloguePage = {
  items: CatalogueItem[]
  /** Products matching the filters, over all pages. */
  count: number
  offset: number
  limit: number
  facets: CatalogueFacets
}
