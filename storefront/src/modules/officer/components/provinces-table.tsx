import { getTranslations } from "next-intl/server"

import type { Locale } from "@/i18n/routing"
import type { ImpactFigures, ProvinceImpact } from "@/types/impact"

import { FIGURE_COLUMNS, formatFigure } from "../columns"
import { FigureHeader } from "./figure-header"
import styles from "./officer.module.css"

const FigureCells = ({
  row,
  locale,
  noBaseline,
}: {
  row: ImpactFigures
  locale: Locale
  noBaseline: string
}) =>
  FIGURE_COLUMNS.map((column) => (
    <td
      key={column.name}
      className={styles.numeric}
      data-column={column.name}
      title={
        column.kind === "percent" && row.upliftPct === null
          ? noBaseline
          : undefined
      }
    >
      {formatFigure(column.kind, column.value(row), locale)}
    </td>
  ))

/** Each province's totals, then the total over everything listed. */
export const ProvincesTable = async ({
  provinces,
  total,
  totalLabel,
  locale,
  labelledBy,
}: {
  provinces: ProvinceImpact[]
  total: ImpactFigures
  totalLabel: string
  locale: Locale
  labelledBy: string
}) => {
  const t = await getTranslations("impact")
  const provinceLabel = t("columns.province")
  return (
    <div
      className={styles.scroll}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      <table className={styles.table} data-testid="provinces-table">
        <thead>
          <tr>
            <FigureHeader
              label={provinceLabel}
              definition={t("definitions.province")}
              definitionLabel={t("definitionButton", { name: provinceLabel })}
              numeric={false}
            />
            {FIGURE_COLUMNS.map((column) => {
              const label = t(`columns.${column.name}`)
              return (
                <FigureHeader
                  key={column.name}
                  label={label}
                  definition={t(`definitions.${column.name}`)}
                  definitionLabel={t("definitionButton", { name: label })}
                />
              )
            })}
          </tr>
        </thead>
        <tbody>
          {provinces.map((row) => (
            <tr
              key={row.provinceCode}
              data-testid="province-row"
              data-province={row.provinceCode}
            >
              <th scope="row" className={styles.rowHeader}>
                {row.provinceName}
              </th>
              <FigureCells
                row={row}
                locale={locale}
                noBaseline={t("noBaseline")}
              />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="total-row">
            <th scope="row" className={styles.rowHeader}>
              {totalLabel}
            </th>
            <FigureCells
              row={total}
              locale={locale}
              noBaseline={t("noBaseline")}
            />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
