import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"
import { notFound } from "next/navigation"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import {
  getCommuneReport,
  listProgrammes,
  OfficerApiError,
} from "@/lib/data/officer"
import { formatDate } from "@/lib/util/dates"
import { formatVnd } from "@/lib/util/money"
import { formatCount } from "@/lib/util/numbers"
import type { RawSearchParams } from "@/lib/util/search-params"
import { FigureHeader } from "@/modules/officer/components/figure-header"
import { KeyFigures } from "@/modules/officer/components/key-figures"
import { MonthlySales } from "@/modules/officer/components/monthly-sales"
import styles from "@/modules/officer/components/officer.module.css"
import { OfficerShell } from "@/modules/officer/components/officer-shell"
import { PrintButton } from "@/modules/officer/components/print-button"
import {
  readImpactFilters,
  readSort,
  toApiQuery,
  toPageQuery,
} from "@/modules/officer/filters"
import { formatDayRange } from "@/modules/officer/format"
import { addressOf } from "@/modules/officer/page-query"
import { requireOfficer } from "@/modules/officer/session"

type PageProps = {
  params: Promise<{ locale: string; code: string }>
  searchParams: Promise<RawSearchParams>
}

const COMMUNE_CODE = /^\d{5}$/

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const { code } = await params
  const t = await getTranslations({ locale, namespace: "officer.commune" })
  return { title: `${t("reportTitle")} ${COMMUNE_CODE.test(code) ? code : ""}` }
}

export default async function OfficerCommunePage({
  params,
  searchParams,
}: PageProps) {
  const locale = await readLocale(params)
  const { code } = await params
  if (!COMMUNE_CODE.test(code)) {
    notFound()
  }
  const query = await searchParams
  const officer = await requireOfficer(
    addressOf(`/officer/communes/${code}`, query)
  )
  const t = await getTranslations("officer.commune")
  const impact = await getTranslations("impact")
  const dashboard = await getTranslations("officer.dashboard")
  const programmes = await listProgrammes(locale)
  const filters = readImpactFilters(query, new Date(), {
    provinces: officer.provinces.map((province) => province.code),
    programmes: programmes.map((programme) => programme.code),
  })
  const back = {
    pathname: "/officer",
    query: toPageQuery(filters, readSort(query)),
  }
  let report
  try {
    report = await getCommuneReport(
      code,
      toApiQuery(filters, { withProvince: false })
    )
  } catch (error) {
    if (
      error instanceof OfficerApiError &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 401
    ) {
      return (
        <OfficerShell officer={officer}>
          <p>
            <Link href={back}>{t("back")}</Link>
          </p>
          <p className={styles.notice} role="alert">
            {dashboard("refused", { message: error.message })}
          </p>
        </OfficerShell>
      )
    }
    throw error
  }
  if (!report) {
    notFound()
  }
  const { commune } = report
  const programmeName = (code: string) =>
    programmes.find((programme) => programme.code === code)?.name ?? code
  const header = (
    name:
      | "salesValue"
      | "onlineSalesValue"
      | "recordedSalesValue"
      | "baselineSalesValue"
      | "orders"
      | "buyers"
      | "households"
      | "programmes"
      | "quantity"
      | "itemValue",
    numeric = true
  ) => {
    const label = impact(`columns.${name}`)
    return (
      <FigureHeader
        key={name}
        label={label}
        definition={impact(`definitions.${name}`)}
        definitionLabel={impact("definitionButton", { name: label })}
        numeric={numeric}
      />
    )
  }
  const today = new Date().toISOString()
  return (
    <OfficerShell officer={officer}>
      <article data-print-report data-testid="commune-report">
        <p className={styles.noPrint}>
          <Link href={back}>{t("back")}</Link>
        </p>
        <header className={styles.reportHeader}>
          <div>
            <p className={styles.meta}>{t("reportTitle")}</p>
            <h1>{commune.communeName}</h1>
            <p className={styles.meta}>
              {t("subtitle", {
                province: commune.provinceName,
                code: commune.communeCode,
              })}
            </p>
            <p className={styles.meta} data-testid="impact-period">
              {dashboard("summary", {
                period: formatDayRange(report.period, locale),
                baseline: formatDayRange(report.baseline, locale),
              })}
              {filters.programme
                ? ` · ${programmeName(filters.programme)}`
                : ""}
            </p>
          </div>
          <PrintButton label={t("print")} />
        </header>
        <KeyFigures
          figures={commune}
          locale={locale}
          testId="commune-figures"
        />
        <section className={styles.section} aria-labelledby="chart-heading">
          <h2 id="chart-heading">{t("chartHeading")}</h2>
          <MonthlySales
            months={report.months}
            baseline={report.baseline}
            locale={locale}
          />
        </section>
        <section className={styles.section}>
          <h2 id="cooperatives-heading">{t("cooperativesHeading")}</h2>
          {report.cooperatives.length === 0 ? (
            <p>{t("cooperativesEmpty")}</p>
          ) : (
            <div
              className={styles.scroll}
              role="region"
              aria-labelledby="cooperatives-heading"
              tabIndex={0}
            >
              <table className={styles.table} data-testid="cooperatives-table">
                <thead>
                  <tr>
                    <th scope="col">{t("cooperative")}</th>
                    {header("salesValue")}
                    {header("onlineSalesValue")}
                    {header("recordedSalesValue")}
                    {header("baselineSalesValue")}
                    {header("orders")}
                    {header("buyers")}
                    {header("households")}
                    {header("programmes", false)}
                  </tr>
                </thead>
                <tbody>
                  {report.cooperatives.map((cooperative) => (
                    <tr key={cooperative.id}>
                      <th scope="row" className={styles.rowHeader}>
                        {cooperative.name}
                      </th>
                      <td className={styles.numeric}>
                        {formatVnd(cooperative.salesValue)}
                      </td>
                      <td className={styles.numeric}>
                        {formatVnd(cooperative.onlineSalesValue)}
                      </td>
                      <td className={styles.numeric}>
                        {formatVnd(cooperative.recordedSalesValue)}
                      </td>
                      <td className={styles.numeric}>
                        {formatVnd(cooperative.baselineSalesValue)}
                      </td>
                      <td className={styles.numeric}>
                        {formatCount(cooperative.orders, locale)}
                      </td>
                      <td className={styles.numeric}>
                        {formatCount(cooperative.buyers, locale)}
                      </td>
                      <td className={styles.numeric}>
                        {formatCount(cooperative.households, locale)}
                      </td>
                      <td>
                        {cooperative.programmes.map((programme) => (
                          <span key={programme} className={styles.tag}>
                            {programmeName(programme)}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <section className={styles.section}>
          <h2 id="products-heading">{t("productsHeading")}</h2>
          {report.products.length === 0 ? (
            <p>{t("productsEmpty")}</p>
          ) : (
            <>
              <div
                className={`${styles.scroll} ${styles.printLimited}`}
                role="region"
                aria-labelledby="products-heading"
                tabIndex={0}
              >
                <table className={styles.table} data-testid="products-table">
                  <thead>
                    <tr>
                      <th scope="col">{impact("columns.product")}</th>
                      {header("quantity")}
                      {header("itemValue")}
                    </tr>
                  </thead>
                  <tbody>
                    {[...report.products]
                      .sort((a, b) => b.itemValue - a.itemValue)
                      .map((product) => (
                        <tr key={product.productId}>
                          <th scope="row" className={styles.rowHeader}>
                            {product.title}
                          </th>
                          <td className={styles.numeric}>
                            {formatCount(product.quantity, locale)}
                          </td>
                          <td className={styles.numeric}>
                            {formatVnd(product.itemValue)}
                          </td>
                        </tr>
                      ))}
                  </tbody>
                </table>
              </div>
              {report.products.length > 8 && (
                <p className={`${styles.meta} ${styles.printOnly}`}>
                  {t("printOnly")}
                </p>
              )}
            </>
          )}
        </section>
        <p className={`${styles.meta} ${styles.printOnly}`}>
          {t("printedOn", { date: formatDate(today, locale) })}
        </p>
      </article>
    </OfficerShell>
  )
}
