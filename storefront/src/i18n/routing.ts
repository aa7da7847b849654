import { defineRouting } from "next-intl/routing"

export const routing = defineRouting({
  locales: ["vi", "en"],
  defaultLocale: "vi",
  localePrefix: "as-needed",
  // The address alone decides the language: `/` is always Vietnamese and `/en` always English,
  // whatever the browser's Accept-Language says or which language the visitor picked last time.
  localeDetection: false,
  localeCookie: false,
})

export type Locale = (typeof routing.locales)[number]
