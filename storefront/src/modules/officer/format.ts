import type { Locale } from "@/i18n/routing"
import { formatDate } from "@/lib/util/dates"
import type { DayRange } from "@/types/impact"

const SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const

/** "12/2025" / "Dec 2025"; with `short`, "12/25" / "Dec 25" for a chart's axis. */
export const formatMonth = (
  month: string,
  locale: Locale,
  { short = false }: { short?: boolean } = {}
): string => {
  const [year = "", number = ""] = month.split("-")
  const shownYear = short ? year.slice(2) : year
  if (locale === "vi") {
    return `${number}/${shownYear}`
  }
  return `${SHORT_MONTHS[Number(number) - 1] ?? number} ${shownYear}`
}

/** "01/12/2025 – 30/11/2026" / "1 December 2025 – 30 November 2026"; empty when unknown. */
export const formatDayRange = (range: DayRange, locale: Locale): string =>
  range.from && range.to
    ? `${formatDate(range.from, locale)} – ${formatDate(range.to, locale)}`
    : ""
