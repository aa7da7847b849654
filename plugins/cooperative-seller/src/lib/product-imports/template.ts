import { IMPORT_COLUMNS, TEMPLATE_EXAMPLES } from "./columns"

const BOM = "\uFEFF"

const quote = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell

/**
 * The CSV template: a byte-order mark (so Excel reads the Vietnamese as UTF-8), the headers and
 * two example rows, with CRLF line ends as Excel writes them.
 */
export const productImportTemplate = (): string =>
  BOM +
  [
    IMPORT_COLUMNS.map((column) => column.header),
    ...TEMPLATE_EXAMPLES.map((example) =>
      IMPORT_COLUMNS.map((column) => example[column.key])
    ),
  ]
    .map((cells) => cells.map(quote).join(","))
    .join("\r\n") +
  "\r\n"
