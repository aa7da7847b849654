import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getMessages, getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import { readLocale } from "@/i18n/locale"

type SellerLayoutProps = {
  children: ReactNode
  params: Promise<{ locale: string }>
}

export async function generateMetadata({
  params,
}: Omit<SellerLayoutProps, "children">): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller" })
  return {
    title: { default: t("portalName"), template: `%s · ${t("portalName")}` },
    // A cooperative's own pages: never in search engines.
    robots: { index: false, follow: false },
  }
}

export default async function SellerLayout({
  children,
  params,
}: SellerLayoutProps) {
  await readLocale(params)
  const messages = await getMessages()
  return (
    <NextIntlClientProvider
      messages={{
        error: messages.error,
        seller: messages.seller,
        parcelStatus: messages.parcelStatus,
      }}
    >
      {children}
    </NextIntlClientProvider>
  )
}
