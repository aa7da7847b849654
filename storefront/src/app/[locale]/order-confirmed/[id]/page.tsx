import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { readLocale } from "@/i18n/locale"
import { getCheckout } from "@/lib/data/checkout"
import { listProvinces } from "@/lib/data/places"
import { ConfirmationTemplate } from "@/modules/checkout/templates/confirmation-template"

type ConfirmationPageProps = {
  params: Promise<{ locale: string; id: string }>
}

export async function generateMetadata({
  params,
}: ConfirmationPageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({
    locale,
    namespace: "checkout.confirmation",
  })
  return { title: t("title"), robots: { index: false, follow: false } }
}

/** /dat-hang/[id], /en/order-confirmed/[id]: every cooperative's order from one checkout. */
export default async function ConfirmationPage({
  params,
}: ConfirmationPageProps) {
  const [locale, { id }] = await Promise.all([readLocale(params), params])
  const [checkout, provinces] = await Promise.all([
    getCheckout(id),
    listProvinces(locale),
  ])
  if (!checkout) {
    notFound()
  }
  return <ConfirmationTemplate checkout={checkout} provinces={provinces} />
}
