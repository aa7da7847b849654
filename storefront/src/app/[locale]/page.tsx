import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import {
  getCatalogueFacets,
  getInSeasonShelf,
  getShelf,
} from "@/lib/data/catalogue"
import { listFeaturedCooperatives } from "@/lib/data/cooperatives"
import { HomeTemplate } from "@/modules/home/templates/home-template"

type HomePageProps = {
  params: Promise<{ locale: string }>
}

const SHELF_SIZE = 4
const FEATURED_COOPERATIVES = 4

export async function generateMetadata({
  params,
}: HomePageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "site" })
  return { title: { absolute: `${t("name")} · ${t("tagline")}` } }
}

export default async function HomePage({ params }: HomePageProps) {
  const locale = await readLocale(params)
  const [cooperatives, facets, inSeason, ocop] = await Promise.all([
    listFeaturedCooperatives(locale, FEATURED_COOPERATIVES),
    getCatalogueFacets(locale),
    getInSeasonShelf(locale, SHELF_SIZE),
    getShelf({ ocopMin: 4 }, locale, SHELF_SIZE),
  ])
  return (
    <HomeTemplate
      cooperatives={cooperatives}
      provinces={facets.provinces}
      inSeason={inSeason}
      ocop={ocop}
    />
  )
}
