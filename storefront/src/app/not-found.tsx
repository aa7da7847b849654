import "./globals.css"

import type { Metadata } from "next"
import { NextIntlClientProvider } from "next-intl"
import { getTranslations } from "next-intl/server"

import { routing } from "@/i18n/routing"
import { NotFoundTemplate } from "@/modules/common/templates/not-found-template"
import { SiteLayout } from "@/modules/layout/templates/site-layout"

// Addresses outside any locale (e.g. /unknown.txt, which the proxy leaves alone) get the
// Vietnamese 404 page, inside the same header and footer as every other page.
//
// The locale is passed explicitly rather than with setRequestLocale(): Next may render this
// component during a localized request's 404 too, and setRequestLocale() would then switch the
// whole request, /en pages included, to Vietnamese.
const notFoundTexts = () =>
  getTranslations({ locale: routing.defaultLocale, namespace: "notFound" })

export async function generateMetadata(): Promise<Metadata> {
  const t = await notFoundTexts()
  return { title: t("title") }
}

export default async function RootNotFound() {
  const t = await notFoundTexts()
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <NextIntlClientProvider messages={null}>
          <SiteLayout>
            <NotFoundTemplate
              title={t("title")}
              body={t("body")}
              backHome={{ href: "/", label: t("backHome") }}
            />
          </SiteLayout>
        </NextIntlClientProvider>
      </body>
    </html>
  )
}
