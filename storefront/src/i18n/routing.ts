import { defineRouting, type Pathnames } from "next-intl/routing"

const locales = ["vi", "en"] as const

/**
 * Addresses that read differently in each language (the app's folders use the English ones).
 * Every other path is the same in both languages. Typed as a plain map on purpose: links to
 * paths not listed here stay plain strings.
 */
const pathnames: Pathnames<typeof locales> = {
  "/account": { vi: "/tai-khoan", en: "/account" },
  "/account/register": { vi: "/tai-khoan/dang-ky", en: "/account/register" },
  "/account/sign-in": { vi: "/tai-khoan/dang-nhap", en: "/account/sign-in" },
  "/account/addresses": { vi: "/tai-khoan/dia-chi", en: "/account/addresses" },
  "/account/addresses/new": {
    vi: "/tai-khoan/dia-chi/them",
    en: "/account/addresses/new",
  },
  "/account/addresses/[id]": {
    vi: "/tai-khoan/dia-chi/[id]",
    en: "/account/addresses/[id]",
  },
  "/account/orders": { vi: "/tai-khoan/don-hang", en: "/account/orders" },
  "/account/orders/[id]": {
    vi: "/tai-khoan/don-hang/[id]",
    en: "/account/orders/[id]",
  },
  "/cart": { vi: "/gio-hang", en: "/cart" },
  "/checkout": { vi: "/thanh-toan", en: "/checkout" },
  "/order-confirmed/[id]": {
    vi: "/dat-hang/[id]",
    en: "/order-confirmed/[id]",
  },
  "/transparency": { vi: "/minh-bach", en: "/transparency" },
  "/search": { vi: "/tim-kiem", en: "/search" },
}

export const routing = defineRouting({
  locales,
  defaultLocale: "vi",
  localePrefix: "as-needed",
  // The address alone decides the language: `/` is always Vietnamese and `/en` always English,
  // whatever the browser's Accept-Language says or which language the visitor picked last time.
  localeDetection: false,
  localeCookie: false,
  pathnames,
})

export type Locale = (typeof routing.locales)[number]
