export type { CommuneImpactRow } from "../impact-types"

export type ExportCell = string | number | null | undefined

/**
 * How a column is written: `text` as a string cell, `integer` (counts and đồng) as a number shown
 * `#,##0`, `decimal` as a number with one decimal (a percentage such as 68.9).
 */
export type ExportColumnKind = "text" | "integer" | "decimal"

export type ExportColumn<Row> = {
  key: keyof Row & string
  /** Shown in the first row, e.g. "Doanh số (đ) / Sales value (VND)". */
  header: string
  kind: ExportColumnKind
  /** Width in characters in the spreadsheet; worked out from the header and cells when absent. */
  width?: number
}
