import { getTranslations } from "next-intl/server"

import type { Locale } from "@/i18n/routing"
import { formatVnd } from "@/lib/util/money"
import { formatCount } from "@/lib/util/numbers"
import type { MonthFigures } from "@/types/impact"

import { formatMonth } from "../format"
import styles from "./officer.module.css"

/** The chart's figures as a table: for screen readers, pages without script, and exact values. */
export const MonthsTable = async ({
  months,
  locale,
}: {
  months: MonthFigures[]
  locale: Locale
}) => {
  const t = await getTranslations("impact")
  return (
    <details className={styles.monthsTable}>
      <summary>{t("chart.asTable")}</summary>
      <div className={styles.scroll}>
        <table className={styles.table} data-testid="months-table">
          <thead>
            <tr>
              <th scope="col">{t("columns.month")}</th>
              <th scope="col" className={styles.numeric}>
                {t("columns.onlineSalesValue")}
              </th>
              <th scope="col" className={styles.numeric}>
                {t("columns.recordedSalesValue")}
              </th>
              <th scope="col" className={styles.numeric}>
                {t("columns.salesValue")}
              </th>
              <th scope="col" className={styles.numeric}>
                {t("columns.orders")}
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((month) => (
              <tr key={month.month}>
                <th scope="row">{formatMonth(month.month, locale)}</th>
                <td className={styles.numeric}>
                  {formatVnd(month.onlineSalesValue)}
                </td>
                <td className={styles.numeric}>
                  {formatVnd(month.recordedSalesValue)}
                </td>
                <td className={styles.numeric}>
                  {formatVnd(month.salesValue)}
                </td>
                <td className={styles.numeric}>
                  {formatCount(month.orders, locale)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  )
}
