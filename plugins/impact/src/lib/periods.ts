/**
 * Reporting periods: calendar days in Vietnam's time (UTC+7, no daylight saving), both ends
 * included. Defaults and rules are IMPACT_API.md's.
 */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000
export const MAX_PERIOD_DAYS = 5 * 366

export type Period = {
  from: string
  to: string
  /** The first instant of `from` and the first instant after `to`, in Vietnam. */
  start: Date
  end: Date
  /** The months whose first day lies in the period ("YYYY-MM"); first > last when none. */
  first_month: string
  last_month: string
}

export type PeriodQuery = {
  from?: string
  to?: string
  baseline_from?: string
  baseline_to?: string
}

export class PeriodError extends Error {}

const dayToUtcMidnight = (day: string): number => Date.parse(`${day}T00:00:00Z`)
const utcMidnightToDay = (ms: number): string =>
  new Date(ms).toISOString().slice(0, 10)

/** Today's date in Vietnam. */
export const vietnamToday = (now: Date): string =>
  utcMidnightToDay(now.getTime() + VIETNAM_OFFSET_MS)

const addMonths = (day: string, months: number): string => {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number]
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)
  ).getUTCDate()
  target.setUTCDate(Math.min(d, lastDay))
  return utcMidnightToDay(target.getTime())
}

const isRealDay = (day: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(day) &&
  !Number.isNaN(dayToUtcMidnight(day)) &&
  utcMidnightToDay(dayToUtcMidnight(day)) === day

export const makePeriod = (from: string, to: string, label: string): Period => {
  for (const [name, day] of [
    [`${label}from`, from],
    [`${label}to`, to],
  ] as const) {
    if (!isRealDay(day)) {
      throw new PeriodError(`${name} must be a real day written YYYY-MM-DD.`)
    }
  }
  const days = (dayToUtcMidnight(to) - dayToUtcMidnight(from)) / DAY_MS + 1
  if (days < 1) {
    throw new PeriodError(
      `${label}from (${from}) must not come after ${label}to (${to}).`
    )
  }
  if (days > MAX_PERIOD_DAYS) {
    throw new PeriodError(
      `A period is at most 5 years; ${label}from to ${label}to spans ${days} days.`
    )
  }
  const firstMonth = from.endsWith("-01")
    ? from.slice(0, 7)
    : addMonths(`${from.slice(0, 7)}-01`, 1).slice(0, 7)
  return {
    from,
    to,
    start: new Date(dayToUtcMidnight(from) - VIETNAM_OFFSET_MS),
    end: new Date(dayToUtcMidnight(to) + DAY_MS - VIETNAM_OFFSET_MS),
    first_month: firstMonth,
    last_month: to.slice(0, 7),
  }
}

/**
 * The period and baseline a query asks for, with the documented defaults: the period runs from
 * the first day of the month eleven months before `to` (today) to `to`, twelve calendar months;
 * the baseline is the same days as many whole years earlier as it takes not to overlap the
 * period (one year for a period of a year or less): equal in length and in season.
 */
export const resolvePeriods = (
  query: PeriodQuery,
  now: Date
): { period: Period; baseline: Period } => {
  const to = query.to ?? vietnamToday(now)
  const from = query.from ?? addMonths(`${to.slice(0, 7)}-01`, -11)
  const period = makePeriod(from, to, "")
  if (
    (query.baseline_from === undefined) !==
    (query.baseline_to === undefined)
  ) {
    throw new PeriodError(
      "Give both baseline_from and baseline_to, or neither for the same days a year earlier."
    )
  }
  if (query.baseline_from !== undefined && query.baseline_to !== undefined) {
    return {
      period,
      baseline: makePeriod(query.baseline_from, query.baseline_to, "baseline_"),
    }
  }
  let years = 1
  while (addMonths(period.to, -12 * years) >= period.from) {
    years += 1
  }
  return {
    period,
    baseline: makePeriod(
      addMonths(period.from, -12 * years),
      addMonths(period.to, -12 * years),
      "baseline_"
    ),
  }
}

/** Every month from `first` to `last` ("YYYY-MM"), both included. */
export const monthsBetween = (first: string, last: string): string[] => {
  const months: string[] = []
  let day = `${first}-01`
  while (day.slice(0, 7) <= last && months.length < 12 * 12) {
    months.push(day.slice(0, 7))
    day = addMonths(day, 1)
  }
  return months
}
