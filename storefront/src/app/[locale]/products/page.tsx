import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { getCatalogue } from "@/lib/data/catalogue"
import { listProvinces } from "@/lib/data/places"
import {
  parseCatalogueQuery,
  type RawSearchParams,
} from "@/lib/util/search-params"
import { CatalogueTemplate } from "@/modules/catalogue/templates/catalogue-template"

type CataloguePageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawSearchParams>
}

export async function generateMetadata({
  params,
}: CataloguePageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "catalogue" })
  return { title: t("title"), description: t("intro") }
}

export default async function CataloguePage({
  params,
  searchParams,
}: CataloguePageProps) {
  const locale = await readLocale(params)
  const [provinces, raw] = await Promise.all([
    listProvinces(locale),
    searchParams,
  ])
  // Bad or unknown values are dropped here, so the backend only ever sees a valid query.
  const query = parseCatalogueQuery(
    raw,
    new Set(provinces.map((province) => province.code))
  )
  const page = await getCatalogue(query, locale)
  return <CatalogueTemplate query={query} page={page} provinces={provinces} />
}
