import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import { readLocale } from "@/i18n/locale"

type AccountLayoutProps = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

// One buyer's own pages: rendered for each request, never kept in a cache.
export const dynamic = "force-dynamic"

export async function generateMetadata({
  params,
}: Omit<AccountLayoutProps, "children">): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "account" })
  return {
    title: { default: t("title"), template: `%s · ${t("title")}` },
    robots: { index: false, follow: false },
  }
}

export default async function AccountLayout({
  children,
  params,
}: AccountLayoutProps) {
  await readLocale(params)
  const messages = await getMessages()
  return (
    <NextIntlClientProvider
      messages={{ error: messages.error, account: messages.account }}
    >
      {children}
    </NextIntlClientProvider>
  )
}
