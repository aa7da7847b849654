/**
 * What every search provider does (SEARCH_API.md): keep documents, answer a search with facets
 * and highlights, suggest as-you-type. The store routes and the sync subscribers only ever see
 * this interface; `src/providers/index.ts` picks the provider from the environment.
 */

export type SearchDocument = {
  id: string
  handle: string
  title: string
  title_en: string
  subtitle: string | null
  subtitle_en: string | null
  thumbnail: string | null
  price: number | null
  in_stock: boolean
  cooperative: { handle: string; name: string }
  province: { code: string; name: string; name_en: string }
  commune: { code: string; name: string; name_en: string }
  ethnic_group: { code: string; name_vi: string; name_en: string } | null
  category: { handle: string; name_vi: string; name_en: string } | null
  tags: string[]
  certification_types: string[]
  ocop_stars: number | null
  story_vi: string
  story_en: string
  /** ISO 8601. */
  created_at: string
}

export const SEARCH_SORTS = [
  "relevance",
  "newest",
  "price_asc",
  "price_desc",
] as const
export type SearchSort = (typeof SEARCH_SORTS)[number]

export type SearchFilters = {
  province?: string
  category?: string
  ocop_min?: number
  price_min?: number
  price_max?: number
  in_stock?: boolean
}

export type SearchRequest = {
  /** Already trimmed and NFC-normalised; "" browses. */
  q: string
  filters: SearchFilters
  sort: SearchSort
  limit: number
  offset: number
}

/** A piece of displayed text; `match` pieces are what the query found (shown as <mark>). */
export type Segment = { text: string; match: boolean }

export type SearchHit = {
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
    title: Segment[]
    title_en: Segment[]
    snippet: Segment[] | null
  }
}

export type SearchFacets = {
  provinces: { code: string; name: string; name_en: string; count: number }[]
  categories: {
    handle: string
    name_vi: string
    name_en: string
    count: number
  }[]
  ocop_stars: { stars: number; count: number }[]
  in_stock: number
}

export type SearchResult = {
  hits: SearchHit[]
  facets: SearchFacets
  total: number
  /** "Did you mean": a corrected query, only when nothing matched. */
  suggestion: string | null
}

export type Suggestion = {
  id: string
  handle: string
  title: string
  title_en: string
  thumbnail: string | null
  price: number | null
  cooperative: { handle: string; name: string }
}

export interface SearchProvider {
  readonly name: "postgres" | "meilisearch"
  /** Creates or replaces these documents. */
  upsert(documents: SearchDocument[]): Promise<void>
  /** Removes documents by product id (unknown ids are ignored). */
  remove(ids: string[]): Promise<void>
  /** Removes every document whose id is not in `keep` (after a full reindex). */
  retainOnly(keep: string[]): Promise<number>
  search(request: SearchRequest): Promise<SearchResult>
  suggest(q: string, limit: number): Promise<Suggestion[]>
  /** Prepares the index (settings, schema); safe to call again. */
  setup(): Promise<void>
}
