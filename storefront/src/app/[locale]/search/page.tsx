import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { listProvinces } from "@/lib/data/places"
import { getSearchResults } from "@/lib/data/search"
import type { RawSearchParams } from "@/lib/util/search-params"
import { parseSearchQuery } from "@/lib/util/search-query"
import { SearchTemplate } from "@/modules/search/templates/search-template"

type SearchPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawSearchParams>
}

export async function generateMetadata({
  params,
  searchParams,
}: SearchPageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const [t, raw] = await Promise.all([
    getTranslations({ locale, namespace: "search" }),
    searchParams,
  ])
  const { q } = parseSearchQuery(raw)
  return {
    title: q ? t("metaTitleFor", { q }) : t("title"),
    description: t("intro"),
    // Endless combinations of words and filters: followed to the products, never indexed.
    robots: { index: false, follow: true },
  }
}

export default async function SearchPage({
  params,
  searchParams,
}: SearchPageProps) {
  const locale = await readLocale(params)
  const [provinces, raw] = await Promise.all([
    listProvinces(locale),
    searchParams,
  ])
  // Bad or unknown values are dropped here, so the backend only ever sees a valid query.
  const query = parseSearchQuery(
    raw,
    new Set(provinces.map((province) => province.code))
  )
  const page = await getSearchResults(query, locale)
  return <SearchTemplate query={query} page={page} provinces={provinces} />
}
