import { formatVnd } from "@/lib/util/money"
import type { SalesSummary } from "@/types/seller"

import styles from "./seller.module.css"

/** Twelve bars, one per month; each bar's label carries the exact figure for screen readers. */
export const SalesChart = ({
  months,
  locale,
}: {
  months: SalesSummary["revenue_by_month"]
  locale: string
}) => {
  const highest = Math.max(1, ...months.map((month) => month.revenue))
  return (
    <div className={styles.chart} role="list">
      {months.map((month) => {
        const [year, monthNumber] = month.month.split("-").map(Number)
        const label = new Intl.DateTimeFormat(
          locale === "en" ? "en-GB" : "vi-VN",
          {
            month: "short",
            year: "numeric",
            timeZone: "UTC",
          }
        ).format(new Date(Date.UTC(year ?? 2000, (monthNumber ?? 1) - 1, 1)))
        return (
          <div
            key={month.month}
            className={styles.bar}
            role="listitem"
            aria-label={`${label}: ${formatVnd(month.revenue)}`}
            title={`${label}: ${formatVnd(month.revenue)}`}
          >
            <span style={{ height: `${(month.revenue / highest) * 100}%` }} />
            <span aria-hidden>{monthNumber}</span>
          </div>
        )
      })}
    </div>
  )
}
