import type { RawSearchParams } from "@/lib/util/search-params"
import type { CommuneImpact } from "@/types/impact"

/**
 * The dashboard's address: periods as months ("2025-12"), a province, a programme and a sort.
 * Whatever a link carries, a value that is not valid is left out and its default used; the
 * backend judges the rest (from after to, a period over 5 years) and its sentence is shown.
 */

export type ImpactFilters = {
  /** First and last month of the period, inclusive. */
  from: string
  to: string
  /** First and last month of the baseline, inclusive. */
  baselineFrom: string
  baselineTo: string
  /** Whether the address names the baseline; otherwise it is the default one. */
  baselineGiven: boolean
  /** Today in Vietnam, "YYYY-MM-DD": a period ending this month ends today. */
  today: string
  province?: string
  programme?: string
}

export const SORT_KEYS = [
  "name",
  "sales_value",
  "baseline_sales_value",
  "uplift_value",
  "uplift_pct",
  "orders",
  "buyers",
  "cooperatives",
  "households",
] as const

export type SortKey = (typeof SORT_KEYS)[number]
export type SortDirection = "asc" | "desc"
export type CommuneSort = { key: SortKey; direction: SortDirection }

export const DEFAULT_SORT: CommuneSort = {
  key: "uplift_value",
  direction: "desc",
}

/** How many months a period shows by default: a year, this month included. */
const DEFAULT_MONTHS = 12

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const PROVINCE = /^\d{2}$/
const PROGRAMME = /^[a-z0-9]+(?:-[a-z0-9]+){0,10}$/

const first = (value: string | string[] | undefined): string | undefined => {
  const raw = Array.isArray(value) ? value[0] : value
  const trimmed = raw?.trim()
  return trimmed ? trimmed : undefined
}

/** "2025-12", for years 2000–2099 only (nothing sold here before, nor planned after). */
export const isMonth = (value: string | undefined): value is string => {
  const match = value === undefined ? null : MONTH.exec(value)
  return match !== null && Number(match[1]) >= 2000 && Number(match[1]) < 2100
}

const monthIndex = (month: string): number => {
  const [year, number] = month.split("-").map(Number)
  return (year ?? 0) * 12 + (number ?? 1) - 1
}

const fromIndex = (index: number): string =>
  `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`

/** The month `count` months after (or before, when negative) `month`. */
export const addMonths = (month: string, count: number): string =>
  fromIndex(monthIndex(month) + count)

/** Months from `from` to `to`, both counted; 0 when `to` comes first. */
export const monthSpan = (from: string, to: string): number =>
  Math.max(0, monthIndex(to) - monthIndex(from) + 1)

/** The last day of a month: "2026-02" → "2026-02-28". */
export const lastDayOf = (month: string): string => {
  const [year, number] = month.split("-").map(Number)
  const day = new Date(Date.UTC(year ?? 2000, number ?? 1, 0)).getUTCDate()
  return `${month}-${String(day).padStart(2, "0")}`
}

const vietnamDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
})

/** Today in Vietnam, "2026-11-29". */
export const dayInVietnam = (now: Date): string => vietnamDay.format(now)

/** This month in Vietnam, "2026-11". */
export const monthInVietnam = (now: Date): string =>
  dayInVietnam(now).slice(0, 7)

/**
 * The baseline the dashboard compares with by default, as the backend picks it: the same months
 * as many whole years earlier as it takes not to overlap the period (one year for a year or
 * less), so that seasonal produce is compared with its own season.
 */
export const defaultBaseline = (
  from: string,
  to: string
): { baselineFrom: string; baselineTo: string } => {
  const years = Math.max(1, Math.ceil(monthSpan(from, to) / 12))
  return {
    baselineFrom: addMonths(from, -12 * years),
    baselineTo: addMonths(to, -12 * years),
  }
}

export const readImpactFilters = (
  query: RawSearchParams,
  now: Date,
  {
    provinces,
    programmes,
  }: {
    /** The province codes the officer may pick. */
    provinces: readonly string[]
    programmes: readonly string[]
  }
): ImpactFilters => {
  const today = dayInVietnam(now)
  const requestedTo = first(query.to)
  const requestedFrom = first(query.from)
  const to = isMonth(requestedTo) ? requestedTo : today.slice(0, 7)
  const from = isMonth(requestedFrom)
    ? requestedFrom
    : addMonths(to, -(DEFAULT_MONTHS - 1))
  const baselineFrom = first(query.baseline_from)
  const baselineTo = first(query.baseline_to)
  // The backend takes both ends of the baseline or neither.
  const baselineGiven = isMonth(baselineFrom) && isMonth(baselineTo)
  const baseline = baselineGiven
    ? { baselineFrom, baselineTo }
    : defaultBaseline(from, to)
  const province = first(query.province)
  const programme = first(query.programme)
  return {
    from,
    to,
    ...baseline,
    baselineGiven,
    today,
    ...(province && PROVINCE.test(province) && provinces.includes(province)
      ? { province }
      : {}),
    ...(programme && PROGRAMME.test(programme) && programmes.includes(programme)
      ? { programme }
      : {}),
  }
}

/** The same day of another month, or its last day when it is shorter ("2025-02" and 30 → 28). */
const dayOf = (month: string, day: number): string => {
  const last = lastDayOf(month)
  return Number(last.slice(8)) < day
    ? last
    : `${month}-${String(day).padStart(2, "0")}`
}

/**
 * The query the impact routes take: days, inclusive. A period that ends this month ends today,
 * and its default baseline on the same day, so that a month under way is not set against a
 * whole one.
 */
export const toApiQuery = (
  filters: ImpactFilters,
  { withProvince = true }: { withProvince?: boolean } = {}
): Record<string, string> => {
  const endsThisMonth = filters.to === filters.today.slice(0, 7)
  const day = Number(filters.today.slice(8))
  return {
    from: `${filters.from}-01`,
    to: endsThisMonth ? filters.today : lastDayOf(filters.to),
    baseline_from: `${filters.baselineFrom}-01`,
    baseline_to:
      endsThisMonth && !filters.baselineGiven
        ? dayOf(filters.baselineTo, day)
        : lastDayOf(filters.baselineTo),
    ...(withProvince && filters.province ? { province: filters.province } : {}),
    ...(filters.programme ? { programme: filters.programme } : {}),
  }
}

/**
 * The dashboard's own query string for the same filters (months), for links between pages. A
 * default baseline stays out, so that it keeps following the period.
 */
export const toPageQuery = (
  filters: ImpactFilters,
  sort?: CommuneSort
): Record<string, string> => ({
  from: filters.from,
  to: filters.to,
  ...(filters.baselineGiven
    ? { baseline_from: filters.baselineFrom, baseline_to: filters.baselineTo }
    : {}),
  ...(filters.province ? { province: filters.province } : {}),
  ...(filters.programme ? { programme: filters.programme } : {}),
  ...(sort && (sort.key !== DEFAULT_SORT.key || sort.direction !== "desc")
    ? { sort: sort.key, dir: sort.direction }
    : {}),
})

const isSortKey = (value: string | undefined): value is SortKey =>
  (SORT_KEYS as readonly string[]).includes(value ?? "")

export const readSort = (query: RawSearchParams): CommuneSort => {
  const key = first(query.sort)
  if (!isSortKey(key)) {
    return DEFAULT_SORT
  }
  const direction = first(query.dir)
  return {
    key,
    direction:
      direction === "asc" || direction === "desc"
        ? direction
        : firstDirection(key),
  }
}

/** Names read A to Z first; figures largest first. */
export const firstDirection = (key: SortKey): SortDirection =>
  key === "name" ? "asc" : "desc"

/** Where a column's header link goes: the other way round when it is already the sort. */
export const nextSort = (current: CommuneSort, key: SortKey): CommuneSort =>
  current.key === key
    ? { key, direction: current.direction === "asc" ? "desc" : "asc" }
    : { key, direction: firstDirection(key) }

const valueOf = (row: CommuneImpact, key: Exclude<SortKey, "name">) => {
  switch (key) {
    case "sales_value":
      return row.salesValue
    case "baseline_sales_value":
      return row.baselineSalesValue
    case "uplift_value":
      return row.upliftValue
    case "uplift_pct":
      return row.upliftPct
    case "orders":
      return row.orders
    case "buyers":
      return row.buyers
    case "cooperatives":
      return row.cooperatives
    case "households":
      return row.households
  }
}

const collator = new Intl.Collator("vi", { sensitivity: "base" })

/**
 * The communes in the asked order. A commune without an uplift percentage (no baseline) comes
 * last either way; equal figures keep the order of their names.
 */
export const sortCommunes = (
  rows: readonly CommuneImpact[],
  sort: CommuneSort
): CommuneImpact[] => {
  const sign = sort.direction === "asc" ? 1 : -1
  const byName = (a: CommuneImpact, b: CommuneImpact) =>
    collator.compare(a.communeName, b.communeName) ||
    a.communeCode.localeCompare(b.communeCode)
  const { key } = sort
  if (key === "name") {
    return [...rows].sort((a, b) => sign * byName(a, b))
  }
  return [...rows].sort((a, b) => {
    const left = valueOf(a, key)
    const right = valueOf(b, key)
    if (left === null || right === null) {
      return left === right ? byName(a, b) : left === null ? 1 : -1
    }
    return sign * (left - right) || byName(a, b)
  })
}
