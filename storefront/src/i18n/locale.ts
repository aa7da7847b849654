import { hasLocale } from "next-intl"
import { setRequestLocale } from "next-intl/server"
import { notFound } from "next/navigation"

import { routing, type Locale } from "./routing"

/**
 * Reads the `[locale]` segment of a layout or page, answers 404 for anything that is not one of
 * our locales, and tells next-intl which locale this request renders in.
 */
export const readLocale = async (
  params: Promise<{ locale: string }>
): Promise<Locale> => {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    notFound()
  }
  setRequestLocale(locale)
  return locale
}
