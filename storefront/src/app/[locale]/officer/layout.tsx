import "@/modules/officer/print.css"

import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import { readLocale } from "@/i18n/locale"

type OfficerLayoutProps = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({
  params,
}: Omit<OfficerLayoutProps, "children">): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "officer" })
  return {
    title: { default: t("portalName"), template: `%s · ${t("portalName")}` },
    // Figures for programme officers only: never in search engines.
    robots: { index: false, follow: false },
  }
}

export default async function OfficerLayout({
  children,
  params,
}: OfficerLayoutProps) {
  await readLocale(params)
  const messages = await getMessages()
  return (
    <NextIntlClientProvider
      messages={{ error: messages.error, officer: messages.officer }}
    >
      {children}
    </NextIntlClientProvider>
  )
}
