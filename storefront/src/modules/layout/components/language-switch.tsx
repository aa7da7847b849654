"use client"

import { useLocale } from "next-intl"
import { useParams, useSearchParams } from "next/navigation"

import { Link, usePathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"

type LanguageSwitchProps = {
  label: string
  className?: string
}

const SwitchLink = ({
  label,
  className,
  query,
}: LanguageSwitchProps & { query?: Record<string, string> }) => {
  const locale = useLocale()
  const pathname = usePathname()
  // A localized path with a parameter (/tai-khoan/don-hang/[id]) needs the page's own values.
  const params = useParams()
  const target: Locale = locale === "vi" ? "en" : "vi"
  const href = { pathname, params, query }
  return (
    <Link
      href={href}
      locale={target}
      lang={target}
      hrefLang={target}
      className={className}
      data-testid="language-switch"
    >
      {label}
    </Link>
  )
}

/**
 * Links to the same page in the other language, filters included: /products?province=15 ↔
 * /en/products?province=15.
 */
export const LanguageSwitch = (props: LanguageSwitchProps) => {
  const searchParams = useSearchParams()
  return (
    <SwitchLink {...props} query={Object.fromEntries(searchParams.entries())} />
  )
}

/** The same link without the query string, while the browser has not read it yet. */
export const LanguageSwitchWithoutQuery = (props: LanguageSwitchProps) => (
  <SwitchLink {...props} />
)
