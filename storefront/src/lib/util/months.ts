import type { Locale } from "@/i18n/routing"

// Written out rather than taken from Intl: pages and tests need one exact text whatever the ICU.
const MONTH_NAMES: Record<Locale, readonly string[]> = {
  vi: [
    "Tháng 1",
    "Tháng 2",
    "Tháng 3",
    "Tháng 4",
    "Tháng 5",
    "Tháng 6",
    "Tháng 7",
    "Tháng 8",
    "Tháng 9",
    "Tháng 10",
    "Tháng 11",
    "Tháng 12",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
}

const ALL_YEAR: Record<Locale, string> = {
  vi: "Quanh năm",
  en: "All year round",
}

export const isMonth = (value: number): boolean =>
  Number.isInteger(value) && value >= 1 && value <= 12

/** "Tháng 8" / "August"; a number outside 1–12 is a programming error. */
export const monthName = (month: number, locale: Locale): string => {
  const name = isMonth(month) ? MONTH_NAMES[locale][month - 1] : undefined
  if (name === undefined) {
    throw new RangeError(`${month} is not a month (1–12)`)
  }
  return name
}

/**
 * Groups months into runs of consecutive months, in calendar order, a run across the new year
 * (November to February) kept whole. Duplicates and numbers that are not months are dropped.
 */
export const monthRuns = (months: readonly number[]): [number, number][] => {
  const present = new Set(months.filter(isMonth))
  if (present.size === 0) {
    return []
  }
  if (present.size === 12) {
    return [[1, 12]]
  }
  const next = (month: number) => (month % 12) + 1
  const previous = (month: number) => ((month + 10) % 12) + 1
  const starts = [...present]
    .filter((month) => !present.has(previous(month)))
    .sort((a, b) => a - b)
  return starts.map((start) => {
    let end = start
    while (present.has(next(end))) {
      end = next(end)
    }
    return [start, end]
  })
}

/** The harvest season in words: "Tháng 8 – Tháng 10", "November – February, May", "All year round". */
export const formatSeason = (
  months: readonly number[],
  locale: Locale
): string => {
  const runs = monthRuns(months)
  if (runs.length === 1 && runs[0]?.[0] === 1 && runs[0][1] === 12) {
    return ALL_YEAR[locale]
  }
  return runs
    .map(([start, end]) =>
      start === end
        ? monthName(start, locale)
        : `${monthName(start, locale)} – ${monthName(end, locale)}`
    )
    .join(", ")
}
