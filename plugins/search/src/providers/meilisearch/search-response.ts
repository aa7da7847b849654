import type {
  SearchFacets,
  SearchHit,
  SearchResult,
  Segment,
  Suggestion,
} from "../types"
import { isRecord, type MeiliHit, type MeiliSearchResponse } from "./api-types"
import type { FacetName, SearchPlan } from "./search-request"
import { formattedToSegments, plainSegments } from "./segments"

const text = (value: unknown): string =>
  typeof value === "string" ? value : ""

const textOrNull = (value: unknown): string | null =>
  typeof value === "string" ? value : null

const numberOrNull = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null

const record = (value: unknown): Record<string, unknown> =>
  isRecord(value) ? value : {}

/** The highlighted form of an attribute, or the plain value when Meilisearch sent none. */
const highlighted = (hit: MeiliHit, attribute: string): Segment[] => {
  const formatted = hit._formatted?.[attribute]
  return typeof formatted === "string"
    ? formattedToSegments(formatted)
    : plainSegments(text(hit[attribute]))
}

/** The cropped story around the first match; null when the story holds no match. */
const snippet = (hit: MeiliHit): Segment[] | null => {
  const formatted = hit._formatted?.story_vi
  if (typeof formatted !== "string") {
    return null
  }
  const segments = formattedToSegments(formatted)
  return segments.some((s) => s.match) ? segments : null
}

const hasIdentity = (hit: MeiliHit): boolean =>
  typeof hit.id === "string" && typeof hit.handle === "string"

export const toSearchHit = (hit: MeiliHit): SearchHit => {
  const cooperative = record(hit.cooperative)
  const province = record(hit.province)
  return {
    id: text(hit.id),
    handle: text(hit.handle),
    title: text(hit.title),
    title_en: text(hit.title_en),
    thumbnail: textOrNull(hit.thumbnail),
    price: numberOrNull(hit.price),
    in_stock: hit.in_stock === true,
    cooperative: {
      handle: text(cooperative.handle),
      name: text(cooperative.name),
    },
    province: {
      code: text(province.code),
      name: text(province.name),
      name_en: text(province.name_en),
    },
    highlight: {
      title: highlighted(hit, "title"),
      title_en: highlighted(hit, "title_en"),
      snippet: snippet(hit),
    },
  }
}

export const toSuggestion = (hit: MeiliHit): Suggestion => {
  const cooperative = record(hit.cooperative)
  return {
    id: text(hit.id),
    handle: text(hit.handle),
    title: text(hit.title),
    title_en: text(hit.title_en),
    thumbnail: textOrNull(hit.thumbnail),
    price: numberOrNull(hit.price),
    cooperative: {
      handle: text(cooperative.handle),
      name: text(cooperative.name),
    },
  }
}

/** Hits Meilisearch returned, in its order; anything without an id and a handle is skipped. */
export const toSearchHits = (hits: MeiliHit[]): SearchHit[] =>
  hits.filter(hasIdentity).map(toSearchHit)

export const toSuggestions = (hits: MeiliHit[]): Suggestion[] =>
  hits.filter(hasIdentity).map(toSuggestion)

const distribution = (
  response: MeiliSearchResponse | undefined,
  attribute: string
): Record<string, number> => response?.facetDistribution?.[attribute] ?? {}

/** Most matches first, then in Vietnamese alphabetical order (as the PostgreSQL provider). */
const byCountThenName = <T extends { count: number }>(
  name: (item: T) => string
) => {
  const collator = new Intl.Collator("vi")
  return (a: T, b: T) => b.count - a.count || collator.compare(name(a), name(b))
}

/**
 * Facets from the multi-search's answers (SEARCH_API.md): codes counted by Meilisearch, named
 * from the lookup queries (a code the lookup did not return is shown as itself); entries
 * with no match are left out; provinces and categories with the most matches first.
 */
export const toFacets = (
  results: MeiliSearchResponse[],
  plan: SearchPlan
): SearchFacets => {
  const source = (name: FacetName) => results[plan.facetQuery[name]]

  const provinceNames = new Map<string, { name: string; name_en: string }>()
  for (const hit of results[plan.provinceNamesQuery]?.hits ?? []) {
    const province = record(hit.province)
    if (typeof province.code === "string") {
      provinceNames.set(province.code, {
        name: text(province.name),
        name_en: text(province.name_en),
      })
    }
  }
  const categoryNames = new Map<string, { name_vi: string; name_en: string }>()
  for (const hit of results[plan.categoryNamesQuery]?.hits ?? []) {
    const category = record(hit.category)
    if (typeof category.handle === "string") {
      categoryNames.set(category.handle, {
        name_vi: text(category.name_vi),
        name_en: text(category.name_en),
      })
    }
  }

  const provinces = Object.entries(
    distribution(source("provinces"), "province.code")
  )
    .filter(([, count]) => count > 0)
    .map(([code, count]) => ({
      code,
      name: provinceNames.get(code)?.name ?? code,
      name_en: provinceNames.get(code)?.name_en ?? code,
      count,
    }))
    .sort(byCountThenName((p) => p.name))

  const categories = Object.entries(
    distribution(source("categories"), "category.handle")
  )
    .filter(([, count]) => count > 0)
    .map(([handle, count]) => ({
      handle,
      name_vi: categoryNames.get(handle)?.name_vi ?? handle,
      name_en: categoryNames.get(handle)?.name_en ?? handle,
      count,
    }))
    .sort(byCountThenName((c) => c.name_vi))

  // Meilisearch counts each exact star count ("3": 4, "5": 1); the menu offers "at least N".
  const exact = Object.entries(distribution(source("ocop_stars"), "ocop_stars"))
    .map(([stars, count]) => ({ stars: Number(stars), count }))
    .filter((e) => Number.isFinite(e.stars))
  const ocop_stars = [3, 4, 5]
    .map((stars) => ({
      stars,
      count: exact
        .filter((e) => e.stars >= stars)
        .reduce((sum, e) => sum + e.count, 0),
    }))
    .filter((e) => e.count > 0)

  return {
    provinces,
    categories,
    ocop_stars,
    in_stock: distribution(source("in_stock"), "in_stock").true ?? 0,
  }
}

/**
 * How many documents matched: every document has `in_stock`, so its true and false counts
 * (exhaustive, unlike `estimatedTotalHits`) add up to the exact total. Falls back to the
 * estimate if the distribution is missing.
 */
export const toTotal = (main: MeiliSearchResponse): number => {
  const stock = main.facetDistribution?.in_stock
  if (stock) {
    return (stock.true ?? 0) + (stock.false ?? 0)
  }
  return main.totalHits ?? main.estimatedTotalHits ?? main.hits.length
}

export const toSearchResult = (
  results: MeiliSearchResponse[],
  plan: SearchPlan
): SearchResult => {
  const main = results[0]
  if (!main) {
    throw new Error("Meilisearch's multi-search answered no results")
  }
  return {
    hits: toSearchHits(main.hits),
    facets: toFacets(results, plan),
    total: toTotal(main),
    suggestion: null,
  }
}
