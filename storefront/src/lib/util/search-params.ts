import type {
  CatalogueFilters,
  CatalogueQuery,
  CatalogueSort,
} from "@/types/catalogue"
import type { OcopStars } from "@/types/certification"

import { isCertificationType } from "./certificates"

/**
 * Reading a page's query string: whatever a shopper types or a link carries, a value that is not
 * valid is left out (never a 400 or a 500), and numbers are clamped to what the backend accepts.
 */

export type RawSearchParams = Record<string, string | string[] | undefined>

export const CATALOGUE_PAGE_SIZE = 24
export const COOPERATIVES_PAGE_SIZE = 12
/** The backend's largest offset. */
const MAX_OFFSET = 10_000
export const PRICE_LIMIT = 100_000_000

export const CATALOGUE_SORTS: readonly CatalogueSort[] = [
  "newest",
  "price_asc",
  "price_desc",
  "title",
]

const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const PROVINCE_PATTERN = /^\d{2}$/
// "150000", "150.000" or "150 000" (how đồng are written), nothing else.
const WHOLE_NUMBER_PATTERN = /^(\d+|\d{1,3}([. ]\d{3})+)$/

const first = (value: string | string[] | undefined): string | undefined => {
  const raw = Array.isArray(value) ? value[0] : value
  const trimmed = raw?.trim()
  return trimmed ? trimmed : undefined
}

const wholeNumber = (value: string | undefined): number | undefined => {
  if (value === undefined || !WHOLE_NUMBER_PATTERN.test(value)) {
    return undefined
  }
  const number = Number(value.replace(/[. ]/g, ""))
  return Number.isSafeInteger(number) ? number : undefined
}

const inRange = (
  value: number | undefined,
  min: number,
  max: number
): number | undefined =>
  value !== undefined && value >= min && value <= max ? value : undefined

/** The last page whose offset the backend still accepts. */
export const maxPage = (pageSize: number): number =>
  Math.floor(MAX_OFFSET / pageSize) + 1

/** Page 1 for anything that is not a whole number from 1; pages past the backend's reach clamp. */
export const parsePage = (value: string | undefined, pageSize: number) => {
  const page = wholeNumber(value)
  if (page === undefined || page < 1) {
    return 1
  }
  return Math.min(page, maxPage(pageSize))
}

export const parseProvince = (
  value: string | undefined,
  knownProvinces?: ReadonlySet<string>
): string | undefined => {
  if (value === undefined || !PROVINCE_PATTERN.test(value)) {
    return undefined
  }
  return !knownProvinces || knownProvinces.has(value) ? value : undefined
}

const parseOcopMin = (value: string | undefined): OcopStars | undefined => {
  const stars = wholeNumber(value)
  return stars === 3 || stars === 4 || stars === 5 ? stars : undefined
}

const parseSort = (value: string | undefined): CatalogueSort =>
  CATALOGUE_SORTS.find((sort) => sort === value) ?? "newest"

const dropUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined)
  ) as T

/**
 * The catalogue's address, read into a query. Unknown provinces (when the list is given), bad
 * handles, types and numbers are dropped; a minimum price above the maximum swaps them.
 */
export const parseCatalogueQuery = (
  raw: RawSearchParams,
  knownProvinces?: ReadonlySet<string>
): CatalogueQuery => {
  const category = first(raw.category)
  const certification = first(raw.certification)
  const low = inRange(wholeNumber(first(raw.price_min)), 0, PRICE_LIMIT)
  const high = inRange(wholeNumber(first(raw.price_max)), 0, PRICE_LIMIT)
  const [priceMin, priceMax] =
    low !== undefined && high !== undefined && low > high
      ? [high, low]
      : [low, high]
  const filters: CatalogueFilters = {
    province: parseProvince(first(raw.province), knownProvinces),
    category:
      category && category.length <= 100 && HANDLE_PATTERN.test(category)
        ? category
        : undefined,
    certification:
      certification && isCertificationType(certification)
        ? certification
        : undefined,
    ocopMin: parseOcopMin(first(raw.ocop_min)),
    priceMin,
    priceMax,
    harvestMonth: inRange(wholeNumber(first(raw.harvest_month)), 1, 12),
  }
  return {
    ...dropUndefined(filters),
    sort: parseSort(first(raw.sort)),
    page: parsePage(first(raw.page), CATALOGUE_PAGE_SIZE),
  }
}

/**
 * The query string of a catalogue address, in a stable order and without defaults (newest, page
 * 1), so that equal filters always make equal, shareable links.
 */
export const catalogueSearchParams = (
  query: Partial<CatalogueQuery>
): Record<string, string> => {
  const entries: [string, string | number | undefined][] = [
    ["province", query.province],
    ["category", query.category],
    ["certification", query.certification],
    ["ocop_min", query.ocopMin],
    ["price_min", query.priceMin],
    ["price_max", query.priceMax],
    ["harvest_month", query.harvestMonth],
    ["sort", query.sort === "newest" ? undefined : query.sort],
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

/** How many filters (not sort or page) a query has. */
export const activeFilterCount = (query: CatalogueFilters): number =>
  (
    [
      "province",
      "category",
      "certification",
      "ocopMin",
      "priceMin",
      "priceMax",
      "harvestMonth",
    ] as const
  ).filter((key) => query[key] !== undefined).length

/** The cooperatives list's address: a province and a page. */
export const parseCooperativeListQuery = (
  raw: RawSearchParams,
  knownProvinces?: ReadonlySet<string>
): { province?: string; page: number } => {
  const province = parseProvince(first(raw.province), knownProvinces)
  return {
    ...(province ? { province } : {}),
    page: parsePage(first(raw.page), COOPERATIVES_PAGE_SIZE),
  }
}
