import type { Locale } from "@/i18n/routing"

import { groupThousands } from "./money"

/**
 * Counts and percentages as each language writes them: "1.234" and "12,5 %" in Vietnamese,
 * "1,234" and "12.5%" in English. Written by hand, like money, so pages and tests get one exact
 * text whatever the server's ICU.
 */

const grouped = (whole: number, locale: Locale): string =>
  locale === "vi"
    ? groupThousands(whole)
    : String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ",")

/** A whole count: "1.234" / "1,234". */
export const formatCount = (value: number, locale: Locale): string => {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Cannot format ${value} as a count`)
  }
  const whole = Math.round(Math.abs(value))
  return `${value < 0 && whole !== 0 ? "-" : ""}${grouped(whole, locale)}`
}

/**
 * A percentage to one decimal, the decimal left out when it is 0: "12,5 %", "100 %" / "12.5%".
 * Vietnamese puts a space before the sign (a plain one, as in "150.000 ₫"; tables keep numbers on
 * one line).
 */
export const formatPercent = (value: number, locale: Locale): string => {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Cannot format ${value} as a percentage`)
  }
  const tenths = Math.round(Math.abs(value) * 10)
  const whole = Math.floor(tenths / 10)
  const decimal = tenths % 10
  const sign = value < 0 && tenths !== 0 ? "-" : ""
  const number = `${grouped(whole, locale)}${decimal === 0 ? "" : `${locale === "vi" ? "," : "."}${decimal}`}`
  return locale === "vi" ? `${sign}${number} %` : `${sign}${number}%`
}

const COMPACT_UNITS: Record<Locale, [number, string][]> = {
  vi: [
    [1e9, " tỷ"],
    [1e6, " tr"],
    [1e3, " nghìn"],
  ],
  en: [
    [1e9, "bn"],
    [1e6, "M"],
    [1e3, "K"],
  ],
}

/**
 * An amount of đồng in few characters, for a chart's axis: "1,2 tỷ", "150 tr" / "1.2bn", "150M".
 * One decimal below 10 of a unit, none above.
 */
export const formatCompactVnd = (amount: number, locale: Locale): string => {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`Cannot format ${amount} as đồng`)
  }
  const size = Math.abs(amount)
  const unit = COMPACT_UNITS[locale].find(([scale]) => size >= scale)
  if (!unit) {
    return formatCount(amount, locale)
  }
  const [scale, name] = unit
  const scaled = size / scale
  const text =
    scaled < 10
      ? formatPercent(scaled, locale).replace(/\s?%$/, "")
      : formatCount(scaled, locale)
  return `${amount < 0 ? "-" : ""}${text}${name}`
}
