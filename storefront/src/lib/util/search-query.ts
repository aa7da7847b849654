import type { SearchFilters, SearchQuery, SearchSort } from "@/types/search"

import { parseCatalogueQuery, type RawSearchParams } from "./search-params"

/** The backend's longest query (SEARCH_API.md). */
export const SEARCH_QUERY_MAX_LENGTH = 100
export const SEARCH_PAGE_SIZE = 24

export const SEARCH_SORTS: readonly SearchSort[] = [
  "relevance",
  "newest",
  "price_asc",
  "price_desc",
]

const CONTROL_CHARACTERS = /\p{Cc}/gu

/**
 * What a shopper typed, made fit to send: one NFC form (a phone's keyboard and a pasted text may
 * spell "mèo" differently), single spaces, no control characters, and at most 100 UTF-16 units
 * without cutting a character in half.
 */
export const normalizeSearchText = (value: string): string => {
  const cleaned = value
    .normalize("NFC")
    .replace(CONTROL_CHARACTERS, " ")
    .replace(/\s+/g, " ")
    .trim()
  let kept = ""
  for (const character of cleaned) {
    if (kept.length + character.length > SEARCH_QUERY_MAX_LENGTH) {
      break
    }
    kept += character
  }
  return kept.trimEnd()
}

/** Relevance for a query, the newest products first when browsing without one. */
export const defaultSearchSort = (q: string): SearchSort =>
  q === "" ? "newest" : "relevance"

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value) ?? ""

const parseSort = (value: string, q: string): SearchSort => {
  const sort = SEARCH_SORTS.find((known) => known === value.trim())
  // Without words there is nothing to be relevant to.
  return sort && !(sort === "relevance" && q === "")
    ? sort
    : defaultSearchSort(q)
}

/**
 * The search page's address, read into a query. The filters it shares with the catalogue are
 * read as the catalogue reads them (unknown provinces when the list is given, bad handles and
 * numbers dropped, a minimum price above the maximum swapped); anything not valid is left out.
 */
export const parseSearchQuery = (
  raw: RawSearchParams,
  knownProvinces?: ReadonlySet<string>
): SearchQuery => {
  const { province, category, ocopMin, priceMin, priceMax, page } =
    parseCatalogueQuery(raw, knownProvinces)
  const q = normalizeSearchText(first(raw.q))
  const filters: SearchFilters = {
    ...(province !== undefined ? { province } : {}),
    ...(category !== undefined ? { category } : {}),
    ...(ocopMin !== undefined ? { ocopMin } : {}),
    ...(priceMin !== undefined ? { priceMin } : {}),
    ...(priceMax !== undefined ? { priceMax } : {}),
    ...(first(raw.in_stock).trim() === "true" ? { inStock: true } : {}),
  }
  return { q, ...filters, sort: parseSort(first(raw.sort), q), page }
}

/**
 * The query string of a search address, in a stable order and without defaults (the query's own
 * sort, page 1), so that equal searches always make equal, shareable links.
 */
export const searchSearchParams = (
  query: Partial<SearchQuery>
): Record<string, string> => {
  const q = query.q ?? ""
  const entries: [string, string | number | undefined][] = [
    ["q", q],
    ["province", query.province],
    ["category", query.category],
    ["ocop_min", query.ocopMin],
    ["price_min", query.priceMin],
    ["price_max", query.priceMax],
    ["in_stock", query.inStock ? "true" : undefined],
    ["sort", query.sort === defaultSearchSort(q) ? undefined : query.sort],
    ["page", query.page === 1 ? undefined : query.page],
  ]
  return Object.fromEntries(
    entries
      .filter((entry): entry is [string, string | number] => {
        const value = entry[1]
        return value !== undefined && value !== ""
      })
      .map(([key, value]) => [key, String(value)])
  )
}

/** How many filters (not the words, sort or page) a query has. */
export const activeSearchFilterCount = (query: SearchFilters): number =>
  (
    [
      "province",
      "category",
      "ocopMin",
      "priceMin",
      "priceMax",
      "inStock",
    ] as const
  ).filter((key) => query[key] !== undefined).length
