import type { FacetCount } from "./catalogue"
import type { OcopStars } from "./certification"

/** A piece of a shown text; `match` pieces are what the query found, drawn as <mark>. */
export type Segment = { text: string; match: boolean }

export type SearchSort = "relevance" | "newest" | "price_asc" | "price_desc"

/** The search page's filters, all optional; prices in đồng. */
export type SearchFilters = {
  province?: string
  category?: string
  ocopMin?: OcopStars
  priceMin?: number
  priceMax?: number
  /** Only products some variant of which can be bought. */
  inStock?: true
}

/** Everything a search address can say: the words, the filters, the order and the page. */
export type SearchQuery = SearchFilters & {
  /** Trimmed, at most 100 characters; "" browses every product. */
  q: string
  sort: SearchSort
  page: number
}

/** A product that matched, in the page's language, with what matched marked. */
export type SearchHitItem = {
  id: string
  handle: string
  /** The title in the page's language, as plain text. */
  title: string
  /** The same title cut into pieces, the query's matches marked. */
  titleSegments: Segment[]
  /** The passage of the (Vietnamese) story that matched, on Vietnamese pages, when there is one. */
  snippet: Segment[] | null
  /** The largest WebP of the first picture. */
  thumbnail?: string
  /** The lowest variant price in đồng; null when nothing has a price. */
  price: number | null
  inStock: boolean
  cooperative: { handle: string; name: string }
  provinceName: string
}

export type SearchFacets = {
  provinces: (FacetCount<string> & { name: string })[]
  categories: (FacetCount<string> & { name: string })[]
  /** How many matches have at least this many OCOP stars. */
  ocopStars: { stars: OcopStars; count: number }[]
  /** How many matches are in stock. */
  inStock: number
}

export type SearchPage = {
  hits: SearchHitItem[]
  /** Matches over all pages. */
  total: number
  offset: number
  limit: number
  facets: SearchFacets
  /** "Did you mean": a corrected query, only when nothing matched. */
  suggestion: string | null
}

/** An as-you-type suggestion under the search box, in the page's language. */
export type SearchSuggestion = {
  id: string
  handle: string
  title: string
  cooperativeName: string
  /** The lowest price as shoppers read it ("150.000 ₫"); null when nothing has a price. */
  price: string | null
  thumbnail?: string
  /** The product page's address in the page's language ("/en/products/…"). */
  href: string
}
