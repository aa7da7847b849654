import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { getTransparency } from "@/lib/data/transparency"
import { TransparencyTemplate } from "@/modules/transparency/templates/transparency-template"

type PageProps = { params: Promise<{ locale: string }> }

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "transparency" })
  return { title: t("title"), description: t("description") }
}

export default async function TransparencyPage({ params }: PageProps) {
  const locale = await readLocale(params)
  const data = await getTransparency()
  return <TransparencyTemplate data={data} locale={locale} />
}
