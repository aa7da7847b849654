import type { Locale } from "@/i18n/routing"

/** Every date is shown as it is in Vietnam, wherever the server or the shopper is. */
export const TIME_ZONE = "Asia/Ho_Chi_Minh"

const dateFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", {
    timeZone: TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
  }),
}

const dateTimeFormats: Record<Locale, Intl.DateTimeFormat> = {
  vi: new Intl.DateTimeFormat("vi-VN", {
    timeZone: TIME_ZONE,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }),
  en: new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }),
}

const isoDateFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
})

const monthFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: TIME_ZONE,
  month: "numeric",
})

const parse = (iso: string): Date => {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`${iso} is not a date`)
  }
  return date
}

/** "18/03/2027" in Vietnamese, "18 March 2027" in English: the calendar day in Vietnam. */
export const formatDate = (iso: string, locale: Locale): string =>
  dateFormats[locale].format(parse(iso))

/** The calendar day in Vietnam as YYYY-MM-DD, for <time dateTime>. */
export const isoDateInVietnam = (iso: string): string =>
  isoDateFormat.format(parse(iso))

/** This month (1–12) in Vietnam. */
export const monthInVietnam = (now: Date): number =>
  Number(monthFormat.format(now))

/** The day and the hour in Vietnam: when a parcel moved. */
export const formatDateTime = (iso: string, locale: Locale): string =>
  dateTimeFormats[locale].format(parse(iso))

/** A calendar day the backend already gives in Vietnam ("2026-11-30"), shown like formatDate. */
export const formatVietnamDay = (day: string, locale: Locale): string => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) {
    throw new RangeError(`${day} is not a YYYY-MM-DD day`)
  }
  return formatDate(`${day}T12:00:00+07:00`, locale)
}
