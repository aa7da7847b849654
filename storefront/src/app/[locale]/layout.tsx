import "../globals.css"

import type { Metadata, Viewport } from "next"
import { hasLocale, NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import { readLocale } from "@/i18n/locale"
import { routing } from "@/i18n/routing"
import { SiteLayout } from "@/modules/layout/templates/site-layout"

type LocaleLayoutProps = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

export const viewport: Viewport = {
  themeColor: "#fbf7f0",
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }))
}

export async function generateMetadata({
  params,
}: Omit<LocaleLayoutProps, "children">): Promise<Metadata> {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) {
    return {}
  }
  const t = await getTranslations({ locale, namespace: "site" })
  return {
    title: {
      default: `${t("name")} · ${t("tagline")}`,
      template: `%s · ${t("name")}`,
    },
    description: t("tagline"),
  }
}

export default async function LocaleLayout({
  children,
  params,
}: LocaleLayoutProps) {
  const locale = await readLocale(params)
  const messages = await getMessages()
  return (
    <html lang={locale}>
      <body>
        {/* Client components only need the texts of the error page. */}
        <NextIntlClientProvider messages={{ error: messages.error }}>
          <SiteLayout>{children}</SiteLayout>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
