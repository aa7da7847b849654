import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { readLocale } from "@/i18n/locale"
import {
  getImpactOverview,
  getImpactSeries,
  listProgrammes,
  OfficerApiError,
} from "@/lib/data/officer"
import type { RawSearchParams } from "@/lib/util/search-params"
import { CommunesTable } from "@/modules/officer/components/communes-table"
import { FiltersForm } from "@/modules/officer/components/filters-form"
import { KeyFigures } from "@/modules/officer/components/key-figures"
import { MonthlySales } from "@/modules/officer/components/monthly-sales"
import styles from "@/modules/officer/components/officer.module.css"
import { OfficerShell } from "@/modules/officer/components/officer-shell"
import { ProvincesTable } from "@/modules/officer/components/provinces-table"
import {
  readImpactFilters,
  readSort,
  sortCommunes,
  toApiQuery,
} from "@/modules/officer/filters"
import { formatDayRange, formatMonth } from "@/modules/officer/format"
import { addressOf } from "@/modules/officer/page-query"
import { requireOfficer } from "@/modules/officer/session"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawSearchParams>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({
    locale,
    namespace: "officer.dashboard",
  })
  return { title: t("title") }
}

const loadFigures = async (query: Record<string, string>) => {
  try {
    const [overview, series] = await Promise.all([
      getImpactOverview(query),
      getImpactSeries(query),
    ])
    return { overview, series }
  } catch (error) {
    // A period the backend refuses, a province outside the officer's: its sentence, no figures.
    if (
      error instanceof OfficerApiError &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 401
    ) {
      return { refusal: error.message }
    }
    throw error
  }
}

export default async function OfficerDashboardPage({
  params,
  searchParams,
}: PageProps) {
  const locale = await readLocale(params)
  const query = await searchParams
  const officer = await requireOfficer(addressOf("/officer", query))
  const t = await getTranslations("officer.dashboard")
  const programmes = await listProgrammes(locale)
  const filters = readImpactFilters(query, new Date(), {
    provinces: officer.provinces.map((province) => province.code),
    programmes: programmes.map((programme) => programme.code),
  })
  const sort = readSort(query)
  const apiQuery = toApiQuery(filters)
  const figures = await loadFigures(apiQuery)
  const province = officer.provinces.find(
    (item) => item.code === filters.province
  )
  const exportQuery = new URLSearchParams({
    ...apiQuery,
    ...(locale === "en" ? { lang: "en" } : {}),
  }).toString()
  const periodText = (range: { from: string; to: string }, months: string[]) =>
    formatDayRange(range, locale) ||
    `${formatMonth(months[0] ?? "", locale)} – ${formatMonth(months[1] ?? "", locale)}`
  return (
    <OfficerShell officer={officer}>
      <h1>{t("title")}</h1>
      <p className={styles.lead}>{t("intro")}</p>
      <FiltersForm
        filters={filters}
        sort={sort}
        officer={officer}
        programmes={programmes}
        locale={locale}
      />
      {"refusal" in figures ? (
        <p className={styles.notice} role="alert" data-testid="impact-refusal">
          {t("refused", { message: figures.refusal ?? "" })}
        </p>
      ) : (
        <>
          <p data-testid="impact-period">
            {t("summary", {
              period: periodText(figures.overview.period, [
                filters.from,
                filters.to,
              ]),
              baseline: periodText(figures.overview.baseline, [
                filters.baselineFrom,
                filters.baselineTo,
              ]),
            })}
          </p>
          <section className={styles.section} aria-labelledby="key-heading">
            <h2 id="key-heading">
              {t("keyFigures")}
              {province ? ` · ${province.name}` : ""}
            </h2>
            <KeyFigures
              figures={figures.overview.total}
              locale={locale}
              testId="key-figures"
            />
          </section>
          <section className={styles.section} aria-labelledby="chart-heading">
            <h2 id="chart-heading">
              {t("chartHeading")} · {province ? province.name : t("chartAll")}
            </h2>
            <MonthlySales
              months={figures.series.months}
              baseline={figures.series.baseline}
              locale={locale}
            />
          </section>
          <section className={styles.section}>
            <div className={styles.sectionHeader}>
              <h2 id="communes-heading">{t("communesHeading")}</h2>
              <p className={styles.meta} data-testid="communes-count">
                {t("communesCount", {
                  count: figures.overview.communes.length,
                })}
              </p>
            </div>
            {figures.overview.communes.length === 0 ? (
              <p>{t("empty")}</p>
            ) : (
              <>
                <p className={styles.scrollHint}>{t("scrollHint")}</p>
                <CommunesTable
                  rows={sortCommunes(figures.overview.communes, sort)}
                  sort={sort}
                  filters={filters}
                  locale={locale}
                  labelledBy="communes-heading"
                />
              </>
            )}
            <p className={styles.downloads}>
              <span>{t("download")}</span>
              <a
                href={`/api/officer/export/csv?${exportQuery}`}
                className={styles.secondary}
                download
                data-testid="export-csv"
              >
                {t("downloadCsv")}
              </a>
              <a
                href={`/api/officer/export/xlsx?${exportQuery}`}
                className={styles.secondary}
                download
                data-testid="export-xlsx"
              >
                {t("downloadXlsx")}
              </a>
            </p>
          </section>
          <section className={styles.section}>
            <h2 id="provinces-heading">{t("provincesHeading")}</h2>
            <ProvincesTable
              provinces={figures.overview.provinces}
              total={figures.overview.total}
              totalLabel={
                filters.province
                  ? t("total")
                  : officer.allProvinces
                    ? t("nationwide")
                    : t("totalLimited")
              }
              locale={locale}
              labelledBy="provinces-heading"
            />
          </section>
        </>
      )}
    </OfficerShell>
  )
}
