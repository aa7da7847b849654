"use client"

import { useLocale } from "next-intl"

import { Link, usePathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"

type LanguageSwitchProps = {
  /** The other language's own name, e.g. "English" on a Vietnamese page. */
  label: string
}

/** Links to the page the visitor is on, in the other language: /products/x ↔ /en/products/x. */
export const LanguageSwitch = ({ label }: LanguageSwitchProps) => {
  const locale = useLocale()
  const pathname = usePathname()
  const target: Locale = locale === "vi" ? "en" : "vi"
  return (
    <Link
      href={pathname}
      locale={target}
      lang={target}
      hrefLang={target}
      data-testid="language-switch"
    >
      {label}
    </Link>
  )
}
