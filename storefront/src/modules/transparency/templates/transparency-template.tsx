import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { formatVnd } from "@/lib/util/money"
import { formatCount, formatPercent } from "@/lib/util/numbers"
import { DefinitionTip } from "@/modules/common/components/definition-tip"
import { formatDayRange } from "@/modules/officer/format"
import type { Transparency, TransparencyFigures } from "@/types/impact"

import styles from "../components/transparency.module.css"

type Figure =
  "salesValue" | "orders" | "cooperatives" | "households" | "upliftPct"

const FIGURES: readonly Figure[] = [
  "salesValue",
  "orders",
  "cooperatives",
  "households",
  "upliftPct",
]

const show = (
  figures: Extract<TransparencyFigures, { hidden: false }>,
  figure: Figure,
  locale: Locale
): string => {
  switch (figure) {
    case "salesValue":
      return formatVnd(figures.salesValue)
    case "upliftPct":
      return figures.upliftPct === null
        ? "—"
        : formatPercent(figures.upliftPct, locale)
    default:
      return formatCount(figures[figure], locale)
  }
}

/**
 * The public figures: what is counted, the nationwide total, then each province and commune.
 * A hidden cell is "—", explained above the tables and on the cell itself.
 */
export const TransparencyTemplate = async ({
  data,
  locale,
}: {
  data: Transparency
  locale: Locale
}) => {
  const t = await getTranslations("transparency")
  const impact = await getTranslations("impact")
  const provinceNames = new Map(
    data.provinces.map((province) => [
      province.provinceCode,
      province.provinceName,
    ])
  )

  const header = (figure: Figure) => {
    const label = impact(`columns.${figure}`)
    return (
      <th key={figure} scope="col" className={styles.numeric}>
        <span className={styles.headerCell}>
          {label}
          <DefinitionTip
            label={impact("definitionButton", { name: label })}
            text={impact(`definitions.${figure}`)}
          />
        </span>
      </th>
    )
  }

  const cells = (figures: TransparencyFigures) =>
    FIGURES.map((figure) =>
      figures.hidden ? (
        <td key={figure} className={styles.numeric} data-hidden="true">
          <abbr title={t("hidden")}>—</abbr>
        </td>
      ) : (
        <td
          key={figure}
          className={styles.numeric}
          title={
            figure === "upliftPct" && figures.upliftPct === null
              ? impact("noBaseline")
              : undefined
          }
        >
          {show(figures, figure, locale)}
        </td>
      )
    )

  const headerRow = (first: string, definition: string) => (
    <tr>
      <th scope="col">
        <span className={styles.headerCell}>
          {first}
          <DefinitionTip
            label={impact("definitionButton", { name: first })}
            text={definition}
          />
        </span>
      </th>
      {FIGURES.map(header)}
    </tr>
  )

  const empty = data.provinces.length === 0 && data.communes.length === 0
  return (
    <div className={styles.page}>
      <h1>{t("title")}</h1>
      <p className={styles.lead}>{t("intro")}</p>
      {data.period.from && (
        <p data-testid="transparency-period">
          {t("period", {
            period: formatDayRange(data.period, locale),
            baseline: formatDayRange(data.baseline, locale),
          })}
        </p>
      )}
      <section className={styles.counted} aria-labelledby="counted-heading">
        <h2 id="counted-heading">{t("countedHeading")}</h2>
        <ul>
          <li>{t("countedSales")}</li>
          <li>{t("countedPlace")}</li>
          <li>{t("countedUplift")}</li>
          <li>{t("countedHidden")}</li>
        </ul>
        <p className={styles.meta}>{t("refreshed")}</p>
      </section>
      {empty ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <section className={styles.section} aria-labelledby="total-heading">
            <h2 id="total-heading">{t("totalHeading")}</h2>
            {data.total.hidden ? (
              <p data-testid="transparency-total">
                <abbr title={t("hidden")}>—</abbr>
              </p>
            ) : (
              <dl className={styles.figures} data-testid="transparency-total">
                {FIGURES.map((figure) => {
                  const label = impact(`columns.${figure}`)
                  return (
                    <div key={figure} className={styles.figure}>
                      <dt>
                        {label}
                        <DefinitionTip
                          label={impact("definitionButton", { name: label })}
                          text={impact(`definitions.${figure}`)}
                        />
                      </dt>
                      <dd>
                        {data.total.hidden
                          ? "—"
                          : show(data.total, figure, locale)}
                      </dd>
                    </div>
                  )
                })}
              </dl>
            )}
          </section>
          <p className={styles.legend} data-testid="hidden-legend">
            {t("hiddenLegend")}
          </p>
          <section className={styles.section}>
            <h2 id="provinces-heading">{t("provincesHeading")}</h2>
            <div
              className={styles.scroll}
              role="region"
              aria-labelledby="provinces-heading"
              tabIndex={0}
            >
              <table
                className={styles.table}
                data-testid="transparency-provinces"
              >
                <thead>
                  {headerRow(
                    impact("columns.province"),
                    impact("definitions.province")
                  )}
                </thead>
                <tbody>
                  {data.provinces.map((province) => (
                    <tr key={province.provinceCode} data-testid="province-row">
                      <th scope="row" className={styles.rowHeader}>
                        {province.provinceName}
                      </th>
                      {cells(province.figures)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className={styles.section}>
            <h2 id="communes-heading">{t("communesHeading")}</h2>
            <div
              className={styles.scroll}
              role="region"
              aria-labelledby="communes-heading"
              tabIndex={0}
            >
              <table
                className={styles.table}
                data-testid="transparency-communes"
              >
                <thead>
                  {headerRow(
                    impact("columns.commune"),
                    impact("definitions.commune")
                  )}
                </thead>
                <tbody>
                  {data.communes.map((commune) => (
                    <tr key={commune.communeCode} data-testid="commune-row">
                      <th scope="row" className={styles.rowHeader}>
                        {commune.communeName}
                        <span className={styles.meta}>
                          {provinceNames.get(commune.provinceCode) ??
                            commune.provinceCode}
                        </span>
                      </th>
                      {cells(commune.figures)}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
      <p className={styles.meta}>
        <Link href="/officer">{t("officerLink")}</Link>
      </p>
    </div>
  )
}
