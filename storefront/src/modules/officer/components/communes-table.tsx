import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import type { CommuneImpact } from "@/types/impact"

import { FIGURE_COLUMNS, formatFigure } from "../columns"
import {
  type CommuneSort,
  type ImpactFilters,
  nextSort,
  type SortKey,
  toPageQuery,
} from "../filters"
import { FigureHeader } from "./figure-header"
import styles from "./officer.module.css"

/** Every commune with its figures; each header sorts by its column (a link, so no script). */
export const CommunesTable = async ({
  rows,
  sort,
  filters,
  locale,
  labelledBy,
}: {
  rows: CommuneImpact[]
  sort: CommuneSort
  filters: ImpactFilters
  locale: Locale
  labelledBy: string
}) => {
  const t = await getTranslations("impact")
  const d = await getTranslations("officer.dashboard")
  const ariaSort = (key: SortKey) =>
    sort.key === key
      ? sort.direction === "asc"
        ? ("ascending" as const)
        : ("descending" as const)
      : undefined
  const sortLink = (key: SortKey, label: string) => {
    const target = nextSort(sort, key)
    const arrow =
      sort.key === key ? (sort.direction === "asc" ? "▲" : "▼") : undefined
    return (
      <Link
        href={{ pathname: "/officer", query: toPageQuery(filters, target) }}
        className={styles.sortLink}
        title={d("sortBy", { column: label })}
        data-testid={`sort-${key}`}
      >
        {label}
        {arrow && <span aria-hidden> {arrow}</span>}
      </Link>
    )
  }
  const communeLabel = t("columns.commune")
  return (
    <div
      className={styles.scroll}
      role="region"
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      <table className={styles.table} data-testid="communes-table">
        <thead>
          <tr>
            <FigureHeader
              label={communeLabel}
              definition={t("definitions.commune")}
              definitionLabel={t("definitionButton", { name: communeLabel })}
              sort={ariaSort("name")}
              numeric={false}
            >
              {sortLink("name", communeLabel)}
            </FigureHeader>
            {FIGURE_COLUMNS.map((column) => {
              const label = t(`columns.${column.name}`)
              return (
                <FigureHeader
                  key={column.name}
                  label={label}
                  definition={t(`definitions.${column.name}`)}
                  definitionLabel={t("definitionButton", { name: label })}
                  sort={ariaSort(column.sort)}
                >
                  {sortLink(column.sort, label)}
                </FigureHeader>
              )
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.communeCode}
              data-testid="commune-row"
              data-commune={row.communeCode}
            >
              <th scope="row" className={styles.rowHeader}>
                <Link
                  href={{
                    pathname: `/officer/communes/${row.communeCode}`,
                    query: toPageQuery(filters, sort),
                  }}
                >
                  {row.communeName}
                </Link>
                <span className={styles.meta}>{row.provinceName}</span>
              </th>
              {FIGURE_COLUMNS.map((column) => (
                <td
                  key={column.name}
                  className={styles.numeric}
                  data-column={column.name}
                  title={
                    column.kind === "percent" && row.upliftPct === null
                      ? t("noBaseline")
                      : undefined
                  }
                >
                  {formatFigure(column.kind, column.value(row), locale)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
