import type { Locale } from "@/i18n/routing"

/** Helpers the adapters share; nothing here knows a backend shape. */

export type Metadata = Record<string, unknown> | null | undefined

/** A trimmed, non-empty string, or undefined. */
export const text = (value: unknown): string | undefined => {
  if (typeof value !== "string") {
    return undefined
  }
  const trimmed = value.trim()
  return trimmed === "" ? undefined : trimmed
}

/** The English text in English when there is one, the Vietnamese one otherwise. */
export const pick = (
  locale: Locale,
  vietnamese: unknown,
  english: unknown
): string | undefined =>
  (locale === "en" ? text(english) : undefined) ?? text(vietnamese)

/** Medusa may hand back a relative path for uploaded files; the browser needs a full URL. */
export const absoluteUrl = (
  value: string | null | undefined,
  base: string
): string | undefined => {
  const path = text(value)
  if (!path) {
    return undefined
  }
  try {
    return new URL(path, base.endsWith("/") ? base : `${base}/`).toString()
  } catch {
    return undefined
  }
}

/** A Medusa field in Vietnamese with its English text in `metadata[englishKey]`. */
export const localizedFromMetadata = (
  locale: Locale,
  vietnamese: unknown,
  metadata: Metadata,
  englishKey: string
): string | undefined => pick(locale, vietnamese, metadata?.[englishKey])
