import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { readLocale } from "@/i18n/locale"

type CatchAllPageProps = {
  params: Promise<{ locale: string; rest: string[] }>
}

export async function generateMetadata({
  params,
}: CatchAllPageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "notFound" })
  return { title: t("title") }
}

// Any address that no page claims gets the localized 404 page of app/[locale]/not-found.tsx.
export default async function CatchAllPage({ params }: CatchAllPageProps) {
  await readLocale(params)
  notFound()
}
