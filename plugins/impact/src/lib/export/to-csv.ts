import type { ExportCell, ExportColumn } from "./types"

/**
 * A CSV file as Excel opens it with the accents right: UTF-8 with a byte-order mark, CRLF line
 * ends, RFC 4180 quoting. Text that a spreadsheet would run as a formula (=, +, -, @, a tab or a
 * carriage return first) gets a leading apostrophe, so a commune or cooperative name cannot
 * smuggle a formula into an officer's spreadsheet.
 */
export function toCsv<Row extends Record<keyof Row, ExportCell>>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[]
): string {
  const lines = [columns.map((column) => csvText(column.header))]
  for (const row of rows) {
    lines.push(
      columns.map((column) => {
        const value: ExportCell = row[column.key]
        if (value === null || value === undefined) return ""
        if (typeof value === "number") {
          return Number.isFinite(value) ? String(value) : ""
        }
        return csvText(value)
      })
    )
  }
  return "\uFEFF" + lines.map((cells) => cells.join(",") + "\r\n").join("")
}

const FORMULA_START = /^[=+\-@\t\r]/

function csvText(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}
