import type { Locale } from "@/i18n/routing"
import { formatVnd } from "@/lib/util/money"
import { defaultSearchSort } from "@/lib/util/search-query"
import type {
  SearchFacets,
  SearchHitItem,
  SearchPage,
  SearchQuery,
  SearchSuggestion,
  Segment,
} from "@/types/search"

import { absoluteUrl, pick, text } from "./adapter-utils"
import { toOcopStars } from "./catalogue-adapter"
import type {
  StoreSearchFacets,
  StoreSearchHit,
  StoreSearchResponse,
  StoreSearchSuggestion,
  StoreSegment,
} from "./search-types"

/**
 * The backend's pieces of a text, tidied: empty pieces dropped and neighbours of the same kind
 * joined, so that "mật" + " " + "ong" (all matches) draws as one <mark>.
 */
export const toSegments = (
  segments: readonly StoreSegment[] | null | undefined
): Segment[] =>
  (segments ?? []).reduce<Segment[]>((pieces, segment) => {
    if (typeof segment.text !== "string" || segment.text === "") {
      return pieces
    }
    const match = segment.match === true
    const last = pieces[pieces.length - 1]
    if (last && last.match === match) {
      pieces[pieces.length - 1] = { text: last.text + segment.text, match }
      return pieces
    }
    return [...pieces, { text: segment.text, match }]
  }, [])

/** The plain text the pieces spell. */
export const segmentsText = (segments: readonly Segment[]): string =>
  segments.map((segment) => segment.text).join("")

/** Whether any piece is a match. */
export const hasMatch = (segments: readonly Segment[]): boolean =>
  segments.some((segment) => segment.match)

/**
 * The title's pieces when they spell the title that is shown; otherwise the title unmarked, so
 * a highlight can never show a different text from the one the page names.
 */
export const titleSegments = (
  title: string,
  segments: readonly StoreSegment[] | null | undefined
): Segment[] => {
  const pieces = toSegments(segments)
  return segmentsText(pieces).trim() === title
    ? pieces
    : [{ text: title, match: false }]
}

/** "150.000 ₫", or null for a product with no price yet. */
export const priceText = (price: number | null | undefined): string | null =>
  typeof price === "number" && Number.isFinite(price) ? formatVnd(price) : null

export const toSearchHit = (
  hit: StoreSearchHit,
  locale: Locale,
  backendUrl: string
): SearchHitItem => {
  const english = locale === "en" && text(hit.title_en) !== undefined
  const title = pick(locale, hit.title, hit.title_en) ?? hit.handle
  // The backend cuts snippets from the Vietnamese story: an English page shows none.
  const snippet = locale === "vi" ? toSegments(hit.highlight?.snippet) : []
  const thumbnail = absoluteUrl(hit.thumbnail, backendUrl)
  return {
    id: hit.id,
    handle: hit.handle,
    title,
    titleSegments: titleSegments(
      title,
      english ? hit.highlight?.title_en : hit.highlight?.title
    ),
    snippet: segmentsText(snippet).trim() === "" ? null : snippet,
    ...(thumbnail ? { thumbnail } : {}),
    price: typeof hit.price === "number" ? Math.round(hit.price) : null,
    inStock: hit.in_stock,
    cooperative: {
      handle: hit.cooperative.handle,
      name: text(hit.cooperative.name) ?? hit.cooperative.handle,
    },
    provinceName:
      pick(locale, hit.province.name, hit.province.name_en) ??
      hit.province.code,
  }
}

/** Most matches first, then by name as a reader would look. */
const byCountThenName =
  (locale: Locale) =>
  (
    a: { count: number; name: string },
    b: { count: number; name: string }
  ): number =>
    b.count - a.count || a.name.localeCompare(b.name, locale)

export const toSearchFacets = (
  facets: StoreSearchFacets,
  locale: Locale
): SearchFacets => ({
  provinces: facets.provinces
    .map((province) => ({
      value: province.code,
      name: pick(locale, province.name, province.name_en) ?? province.code,
      count: province.count,
    }))
    .sort(byCountThenName(locale)),
  categories: facets.categories
    .map((category) => ({
      value: category.handle,
      name: pick(locale, category.name_vi, category.name_en) ?? category.handle,
      count: category.count,
    }))
    .sort(byCountThenName(locale)),
  ocopStars: facets.ocop_stars
    .flatMap(({ stars, count }) => {
      const valid = toOcopStars(stars)
      return valid ? [{ stars: valid, count }] : []
    })
    .sort((a, b) => a.stars - b.stars),
  inStock: facets.in_stock,
})

export const toSearchPage = (
  response: StoreSearchResponse,
  locale: Locale,
  backendUrl: string
): SearchPage => ({
  hits: response.hits.map((hit) => toSearchHit(hit, locale, backendUrl)),
  total: response.total,
  offset: response.offset,
  limit: response.limit,
  facets: toSearchFacets(response.facets, locale),
  suggestion: text(response.suggestion) ?? null,
})

/** The query string GET /store/search takes for one page of a search. */
export const toSearchRequest = (
  query: SearchQuery,
  pageSize: number
): Record<string, string | number> => {
  const entries: [string, string | number | undefined][] = [
    ["q", query.q],
    ["province", query.province],
    ["category", query.category],
    ["ocop_min", query.ocopMin],
    ["price_min", query.priceMin],
    ["price_max", query.priceMax],
    ["in_stock", query.inStock ? "true" : undefined],
    [
      "sort",
      query.sort === "relevance" && query.q === ""
        ? defaultSearchSort(query.q)
        : query.sort,
    ],
    ["limit", pageSize],
    ["offset", (query.page - 1) * pageSize],
  ]
  return Object.fromEntries(
    entries.filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined
    )
  )
}

/** One as-you-type suggestion, in the page's language, with its product page's address. */
export const toSearchSuggestion = (
  suggestion: StoreSearchSuggestion,
  locale: Locale,
  backendUrl: string,
  productHref: (handle: string) => string
): SearchSuggestion => {
  const thumbnail = absoluteUrl(suggestion.thumbnail, backendUrl)
  return {
    id: suggestion.id,
    handle: suggestion.handle,
    title:
      pick(locale, suggestion.title, suggestion.title_en) ?? suggestion.handle,
    cooperativeName:
      text(suggestion.cooperative.name) ?? suggestion.cooperative.handle,
    price: priceText(suggestion.price),
    ...(thumbnail ? { thumbnail } : {}),
    href: productHref(suggestion.handle),
  }
}
