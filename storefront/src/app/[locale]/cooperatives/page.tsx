import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import { listCooperatives } from "@/lib/data/cooperatives"
import { listProvinces } from "@/lib/data/places"
import {
  parseCooperativeListQuery,
  type RawSearchParams,
} from "@/lib/util/search-params"
import { CooperativeListTemplate } from "@/modules/cooperatives/templates/cooperative-list-template"

type CooperativesPageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawSearchParams>
}

export async function generateMetadata({
  params,
}: CooperativesPageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "cooperatives" })
  return { title: t("title"), description: t("intro") }
}

export default async function CooperativesPage({
  params,
  searchParams,
}: CooperativesPageProps) {
  const locale = await readLocale(params)
  const [provinces, raw] = await Promise.all([
    listProvinces(locale),
    searchParams,
  ])
  const { province, page } = parseCooperativeListQuery(
    raw,
    new Set(provinces.map((option) => option.code))
  )
  const list = await listCooperatives({ province, page }, locale)
  return (
    <CooperativeListTemplate
      list={list}
      province={province}
      page={page}
      provinces={provinces}
    />
  )
}
