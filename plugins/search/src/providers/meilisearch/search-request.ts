import type { SearchFilters, SearchRequest, SearchSort } from "../types"
import type { MeiliSearchQuery } from "./api-types"
import { HIGHLIGHT_POST, HIGHLIGHT_PRE } from "./segments"

/**
 * A string as a Meilisearch filter value: in double quotes, with `\` and `"` escaped by a
 * backslash (the filter syntax since Meilisearch 1.4; JSON escapes them once more on the wire).
 */
export const quoteFilterValue = (value: string): string =>
  `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`

const number = (value: number, name: string): string => {
  if (!Number.isFinite(value)) {
    throw new Error(`The search filter ${name} must be a finite number`)
  }
  return String(value)
}

/**
 * The filter expressions of a request, one per set filter (Meilisearch ANDs the entries of a
 * filter array). `without` leaves one filter out: a facet's counts ignore the facet's own filter.
 */
export const buildFilter = (
  filters: SearchFilters,
  without?: keyof SearchFilters
): string[] => {
  const clauses: string[] = []
  const use = (key: keyof SearchFilters) =>
    key !== without && filters[key] !== undefined
  if (use("province")) {
    clauses.push(`province.code = ${quoteFilterValue(filters.province ?? "")}`)
  }
  if (use("category")) {
    clauses.push(
      `category.handle = ${quoteFilterValue(filters.category ?? "")}`
    )
  }
  if (use("ocop_min")) {
    clauses.push(`ocop_stars >= ${number(filters.ocop_min ?? 0, "ocop_min")}`)
  }
  if (use("price_min")) {
    clauses.push(`price >= ${number(filters.price_min ?? 0, "price_min")}`)
  }
  if (use("price_max")) {
    clauses.push(`price <= ${number(filters.price_max ?? 0, "price_max")}`)
  }
  if (use("in_stock")) {
    clauses.push(`in_stock = ${filters.in_stock ? "true" : "false"}`)
  }
  return clauses
}

/** The `sort` parameter; relevance is Meilisearch's own ranking, so it sends none. */
export const buildSort = (sort: SearchSort): string[] | undefined => {
  switch (sort) {
    case "relevance":
      return undefined
    case "newest":
      return ["created_at_ts:desc"]
    case "price_asc":
      return ["price:asc"]
    case "price_desc":
      return ["price:desc"]
  }
}

export type FacetName = "provinces" | "categories" | "ocop_stars" | "in_stock"

/** Each facet: the attribute Meilisearch counts, and the filter its counts leave out. */
export const FACETS: {
  name: FacetName
  attribute: string
  filter: keyof SearchFilters
}[] = [
  { name: "provinces", attribute: "province.code", filter: "province" },
  { name: "categories", attribute: "category.handle", filter: "category" },
  { name: "ocop_stars", attribute: "ocop_stars", filter: "ocop_min" },
  { name: "in_stock", attribute: "in_stock", filter: "in_stock" },
]

/** What a hit needs; `_formatted` brings the highlighted title and the story's snippet. */
export const HIT_ATTRIBUTES = [
  "id",
  "handle",
  "title",
  "title_en",
  "thumbnail",
  "price",
  "in_stock",
  "cooperative",
  "province",
]

export const SUGGESTION_ATTRIBUTES = [
  "id",
  "handle",
  "title",
  "title_en",
  "thumbnail",
  "price",
  "cooperative",
]

/** Words of the story around the first match (Meilisearch's crop counts words). */
export const SNIPPET_WORDS = 24

/** At most this many provinces or categories are named (there are 34 provinces). */
export const NAME_LOOKUP_LIMIT = 200

/** Which query of the multi-search answers what. */
export type SearchPlan = {
  queries: MeiliSearchQuery[]
  /** The query whose facetDistribution holds each facet's counts. */
  facetQuery: Record<FacetName, number>
  /** One document per province and per category in the whole index, for their names. */
  provinceNamesQuery: number
  categoryNamesQuery: number
}

/**
 * The queries of one search, sent together to `POST /multi-search`:
 * 0. the page of hits, with the facets whose filter is not set (their counts are the page's),
 *    and always `in_stock`, whose true + false counts are the exact total of matches;
 * 1. one query per facet whose own filter is set, with that filter left out, no hits;
 * 2. two name lookups (`distinct` on the code): facets count codes, the menus show names.
 */
export const buildSearchPlan = (
  indexUid: string,
  request: SearchRequest
): SearchPlan => {
  const q = request.q
  const filter = buildFilter(request.filters)
  // Nothing to rank an empty query by: browse newest first, as the PostgreSQL provider does.
  const sort = buildSort(
    request.sort === "relevance" && q.length === 0 ? "newest" : request.sort
  )
  const main: MeiliSearchQuery = {
    indexUid,
    q,
    limit: request.limit,
    offset: request.offset,
    attributesToRetrieve: HIT_ATTRIBUTES,
  }
  if (filter.length > 0) {
    main.filter = filter
  }
  if (sort) {
    main.sort = sort
  }
  if (q.length > 0) {
    main.attributesToHighlight = ["title", "title_en", "story_vi"]
    main.attributesToCrop = ["story_vi"]
    main.cropLength = SNIPPET_WORDS
    main.cropMarker = "…"
    main.highlightPreTag = HIGHLIGHT_PRE
    main.highlightPostTag = HIGHLIGHT_POST
  }
  const queries: MeiliSearchQuery[] = [main]
  const mainFacets = new Set<string>(["in_stock"])
  const facetQuery = {} as Record<FacetName, number>
  for (const facet of FACETS) {
    if (request.filters[facet.filter] === undefined) {
      mainFacets.add(facet.attribute)
      facetQuery[facet.name] = 0
      continue
    }
    const own: MeiliSearchQuery = {
      indexUid,
      q,
      limit: 0,
      facets: [facet.attribute],
    }
    const others = buildFilter(request.filters, facet.filter)
    if (others.length > 0) {
      own.filter = others
    }
    facetQuery[facet.name] = queries.push(own) - 1
  }
  main.facets = FACETS.map((f) => f.attribute).filter((a) => mainFacets.has(a))
  const provinceNamesQuery =
    queries.push({
      indexUid,
      q: "",
      filter: ["province.code EXISTS"],
      distinct: "province.code",
      limit: NAME_LOOKUP_LIMIT,
      attributesToRetrieve: ["province"],
    }) - 1
  const categoryNamesQuery =
    queries.push({
      indexUid,
      q: "",
      filter: ["category.handle EXISTS"],
      distinct: "category.handle",
      limit: NAME_LOOKUP_LIMIT,
      attributesToRetrieve: ["category"],
    }) - 1
  return { queries, facetQuery, provinceNamesQuery, categoryNamesQuery }
}
