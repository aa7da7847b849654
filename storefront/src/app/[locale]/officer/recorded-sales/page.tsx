import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { getPathname } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { listRecordedSales } from "@/lib/data/officer"
import { formatVnd } from "@/lib/util/money"
import { formatPercent } from "@/lib/util/numbers"
import {
  pageCount,
  pageFromQuery,
  pageHref,
  pageRange,
} from "@/lib/util/pagination"
import type { RawSearchParams } from "@/lib/util/search-params"
import { Pagination } from "@/modules/common/components/pagination"
import { deleteRecordedSaleAction } from "@/modules/officer/actions"
import styles from "@/modules/officer/components/officer.module.css"
import { OfficerShell } from "@/modules/officer/components/officer-shell"
import { RecordedImportForm } from "@/modules/officer/components/recorded-import-form"
import { RecordedSaleForm } from "@/modules/officer/components/recorded-sale-form"
import { formatMonth } from "@/modules/officer/format"
import { addressOf } from "@/modules/officer/page-query"
import { requireOfficer } from "@/modules/officer/session"
import sellerStyles from "@/modules/seller/components/seller.module.css"

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<RawSearchParams>
}

const PAGE_SIZE = 50

/** A CSV an officer can fill in: the columns the import takes, two example rows (UTF-8, BOM). */
const TEMPLATE = [
  "thang,ma_xa,loai_ma,doanh_so,ma_htx,ghi_chu,ty_le",
  "2024-03,04606,moi,15000000,htx-son-tra-tram-tau,Sổ bán hàng,",
  "2024-04,04606,moi,12500000,,Khảo sát chương trình,",
].join("\r\n")
const TEMPLATE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`\ufeff${TEMPLATE}\r\n`)}`

const first = (value: string | string[] | undefined): string =>
  (Array.isArray(value) ? value[0] : value)?.trim() ?? ""

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "officer.recorded" })
  return { title: t("title") }
}

export default async function RecordedSalesPage({
  params,
  searchParams,
}: PageProps) {
  const locale = await readLocale(params)
  const query = await searchParams
  const officer = await requireOfficer(
    addressOf("/officer/recorded-sales", query)
  )
  const t = await getTranslations("officer.recorded")
  const impact = await getTranslations("impact")
  const province = officer.provinces.some(
    (item) => item.code === first(query.province)
  )
    ? first(query.province)
    : undefined
  const commune = /^\d{5}$/.test(first(query.commune))
    ? first(query.commune)
    : undefined
  const page = pageFromQuery(first(query.page), 200)
  const { recordedSales, count } = await listRecordedSales({
    ...(province ? { province } : {}),
    ...(commune ? { commune_code: commune } : {}),
    ...pageRange(page, PAGE_SIZE),
  })
  const sourceName = (source: string | undefined) =>
    source === "officer"
      ? t("sourceManual")
      : source === "import"
        ? t("sourceImport")
        : (source ?? "")
  return (
    <OfficerShell officer={officer}>
      <h1>{t("title")}</h1>
      <p className={styles.lead}>{t("intro")}</p>
      <div className={styles.columns}>
        <section
          className={sellerStyles.card}
          aria-labelledby="recorded-form-heading"
        >
          <h2 id="recorded-form-heading">{t("formHeading")}</h2>
          <RecordedSaleForm />
        </section>
        <section
          className={sellerStyles.card}
          aria-labelledby="recorded-import-heading"
        >
          <h2 id="recorded-import-heading">{t("importHeading")}</h2>
          <p className={styles.meta}>{t("importIntro")}</p>
          <p>
            <a
              href={TEMPLATE_HREF}
              download="doanh-so-ghi-nhan-mau.csv"
              data-testid="recorded-template"
            >
              {t("template")}
            </a>
          </p>
          <RecordedImportForm />
        </section>
      </div>
      <section className={styles.section}>
        <div className={styles.sectionHeader}>
          <h2 id="recorded-list">{t("listHeading")}</h2>
          <p className={styles.meta} data-testid="recorded-count">
            {t("listCount", { count })}
          </p>
        </div>
        <form
          method="get"
          action={getPathname({ href: "/officer/recorded-sales", locale })}
          className={styles.filters}
        >
          <label className={styles.control}>
            <span>{t("filterProvince")}</span>
            <select
              name="province"
              defaultValue={province ?? ""}
              className={styles.input}
            >
              <option value="">{t("allProvinces")}</option>
              {officer.provinces.map((item) => (
                <option key={item.code} value={item.code}>
                  {item.name}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.control}>
            <span>{t("filterCommune")}</span>
            <input
              name="commune"
              inputMode="numeric"
              pattern="\d{5}"
              maxLength={5}
              defaultValue={commune}
              className={styles.input}
            />
          </label>
          <button type="submit" className={styles.secondary}>
            {t("filter")}
          </button>
        </form>
        {recordedSales.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <div
            className={styles.scroll}
            role="region"
            aria-labelledby="recorded-list"
            tabIndex={0}
          >
            <table className={styles.table} data-testid="recorded-sales">
              <thead>
                <tr>
                  <th scope="col">{impact("columns.month")}</th>
                  <th scope="col">{impact("columns.commune")}</th>
                  <th scope="col" className={styles.numeric}>
                    {impact("columns.recordedSalesValue")}
                  </th>
                  <th scope="col">{t("source")}</th>
                  <th scope="col">{t("note")}</th>
                  <th scope="col">
                    <span className={styles.visuallyHidden}>{t("delete")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {recordedSales.map((row) => (
                  <tr key={row.id} data-testid="recorded-row">
                    <td className={styles.numeric}>
                      {formatMonth(row.month, locale)}
                    </td>
                    <th scope="row" className={styles.rowHeader}>
                      {row.communeName}
                      <span className={styles.meta}>
                        {row.communeCode}
                        {row.legacyCommuneCode
                          ? ` · ${t("legacy", {
                              code: row.legacyCommuneCode,
                              share:
                                row.share === undefined
                                  ? "—"
                                  : formatPercent(row.share * 100, locale),
                            })}`
                          : ""}
                      </span>
                    </th>
                    <td className={styles.numeric}>
                      {formatVnd(row.salesValue)}
                    </td>
                    <td>{sourceName(row.source)}</td>
                    <td>{row.note ?? ""}</td>
                    <td>
                      <form action={deleteRecordedSaleAction}>
                        <input type="hidden" name="id" value={row.id} />
                        <button
                          type="submit"
                          className={styles.secondary}
                          aria-label={t("deleteLabel", {
                            month: formatMonth(row.month, locale),
                            commune: row.communeName,
                          })}
                          data-testid="recorded-delete"
                        >
                          {t("delete")}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination
          page={page}
          pageCount={pageCount(count, PAGE_SIZE)}
          hrefFor={pageHref("/officer/recorded-sales", {
            ...(province ? { province } : {}),
            ...(commune ? { commune } : {}),
          })}
        />
      </section>
    </OfficerShell>
  )
}
