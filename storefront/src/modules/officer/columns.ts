import type { Locale } from "@/i18n/routing"
import { formatVnd } from "@/lib/util/money"
import { formatCount, formatPercent } from "@/lib/util/numbers"
import type { ImpactFigures } from "@/types/impact"

import type { SortKey } from "./filters"

export type FigureKind = "money" | "percent" | "count"

/** The message key of a figure under impact.columns and impact.definitions. */
export type FigureName =
  | "salesValue"
  | "onlineSalesValue"
  | "recordedSalesValue"
  | "baselineSalesValue"
  | "upliftValue"
  | "upliftPct"
  | "orders"
  | "buyers"
  | "cooperatives"
  | "products"
  | "households"
  | "householdsPoor"
  | "householdsNearPoor"
  | "householdsEthnicMinority"

export type FigureColumn = {
  name: FigureName
  sort: Exclude<SortKey, "name">
  kind: FigureKind
  value: (row: ImpactFigures) => number | null
}

/** The commune and province tables' figures, in the order they are shown. */
export const FIGURE_COLUMNS: readonly FigureColumn[] = [
  {
    name: "salesValue",
    sort: "sales_value",
    kind: "money",
    value: (row) => row.salesValue,
  },
  {
    name: "baselineSalesValue",
    sort: "baseline_sales_value",
    kind: "money",
    value: (row) => row.baselineSalesValue,
  },
  {
    name: "upliftValue",
    sort: "uplift_value",
    kind: "money",
    value: (row) => row.upliftValue,
  },
  {
    name: "upliftPct",
    sort: "uplift_pct",
    kind: "percent",
    value: (row) => row.upliftPct,
  },
  { name: "orders", sort: "orders", kind: "count", value: (row) => row.orders },
  { name: "buyers", sort: "buyers", kind: "count", value: (row) => row.buyers },
  {
    name: "cooperatives",
    sort: "cooperatives",
    kind: "count",
    value: (row) => row.cooperatives,
  },
  {
    name: "households",
    sort: "households",
    kind: "count",
    value: (row) => row.households,
  },
]

/** A figure as the tables show it; a missing percentage (no baseline) is "—". */
export const formatFigure = (
  kind: FigureKind,
  value: number | null,
  locale: Locale
): string => {
  if (value === null) {
    return "—"
  }
  switch (kind) {
    case "money":
      return formatVnd(value)
    case "percent":
      return formatPercent(value, locale)
    case "count":
      return formatCount(value, locale)
  }
}
