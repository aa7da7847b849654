import { getTranslations } from "next-intl/server"

import type { Locale } from "@/i18n/routing"
import type { DayRange, MonthFigures } from "@/types/impact"

import { ImpactChart } from "./impact-chart"
import { MonthsTable } from "./months-table"
import styles from "./officer.module.css"

/** The monthly chart with its figures as a table beneath, the baseline's months shaded. */
export const MonthlySales = async ({
  months,
  baseline,
  locale,
}: {
  months: MonthFigures[]
  baseline: DayRange
  locale: Locale
}) => {
  const t = await getTranslations("impact")
  if (!months.some((month) => month.salesValue > 0)) {
    return <p className={styles.meta}>{t("chart.empty")}</p>
  }
  return (
    <div data-testid="monthly-sales">
      <ImpactChart
        months={months}
        baseline={
          baseline.from && baseline.to
            ? { from: baseline.from.slice(0, 7), to: baseline.to.slice(0, 7) }
            : undefined
        }
        locale={locale}
        labels={{
          chart: t("chart.label"),
          online: t("chart.online"),
          recorded: t("chart.recorded"),
          baseline: t("chart.baseline"),
        }}
      />
      <MonthsTable months={months} locale={locale} />
    </div>
  )
}
