/**
 * What the search plugin's store routes answer (plugins/search/SEARCH_API.md). Only
 * search-adapter.ts reads these shapes; pages and components get the types in @/types/search.
 */

export type StoreSegment = { text: string; match: boolean }

export type StoreSearchSort =
  "relevance" | "newest" | "price_asc" | "price_desc"

export type StoreSearchHit = {
  id: string
  handle: string
  title: string
  title_en: string
  thumbnail: string | null
  price: number | null
  in_stock: boolean
  cooperative: { handle: string; name: string }
  province: { code: string; name: string; name_en: string }
  highlight: {
    title: StoreSegment[]
    title_en: StoreSegment[]
    snippet: StoreSegment[] | null
  }
}

export type StoreSearchFacets = {
  provinces: { code: string; name: string; name_en: string; count: number }[]
  categories: {
    handle: string
    name_vi: string
    name_en: string
    count: number
  }[]
  /** Products with at least `stars` stars. */
  ocop_stars: { stars: number; count: number }[]
  /** How many of the matches are in stock. */
  in_stock: number
}

export type StoreSearchResponse = {
  hits: StoreSearchHit[]
  facets: StoreSearchFacets
  total: number
  limit: number
  offset: number
  /** "Did you mean": only when nothing matched. */
  suggestion: string | null
}

export type StoreSearchSuggestion = {
  id: string
  handle: string
  title: string
  title_en: string
  thumbnail: string | null
  price: number | null
  cooperative: { handle: string; name: string }
}

export type StoreSuggestResponse = { suggestions: StoreSearchSuggestion[] }
