import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { listProducts } from "@/lib/data/products"
import { HomeTemplate } from "@/modules/home/templates/home-template"

type HomePageProps = {
  params: Promise<{ locale: string }>
}

export async function generateMetadata({
  params,
}: HomePageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "site" })
  return { title: { absolute: `${t("name")} · ${t("tagline")}` } }
}

export default async function HomePage({ params }: HomePageProps) {
  const locale = await readLocale(params)
  const products = await listProducts(locale)
  return <HomeTemplate products={products} />
}
