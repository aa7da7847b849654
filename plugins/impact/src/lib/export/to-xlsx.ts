import { strToU8, zipSync } from "fflate"
import type { ExportCell, ExportColumn, ExportColumnKind } from "./types"

/**
 * A one-sheet .xlsx workbook: the header row bold, wrapped and frozen with a filter on it, numbers
 * as number cells (`#,##0`, which Excel in a Vietnamese locale shows as 152.000.000), and column
 * widths fitted to the contents. Written as plain SpreadsheetML zipped by fflate, which keeps the
 * plugin free of a full spreadsheet library for one flat table.
 */
export async function toXlsx<Row extends Record<keyof Row, ExportCell>>(
  sheetName: string,
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[]
): Promise<Buffer> {
  const name = safeSheetName(sheetName)
  const strings = new SharedStrings()
  const lastColumn = columnLetters(Math.max(columns.length, 1) - 1)
  const lastRow = rows.length + 1
  const range = `A1:${lastColumn}${lastRow}`

  const header = columns
    .map(
      (column, index) =>
        `<c r="${columnLetters(index)}1" s="${STYLE.header}" t="s"><v>${strings.index(column.header)}</v></c>`
    )
    .join("")
  const body = rows.map((row, rowIndex) => {
    const r = rowIndex + 2
    const cells = columns
      .map((column, index) =>
        cellXml(
          `${columnLetters(index)}${r}`,
          row[column.key],
          column.kind,
          strings
        )
      )
      .join("")
    return `<row r="${r}">${cells}</row>`
  })

  const cols = columns
    .map((column, index) => {
      const width = column.width ?? fittedWidth(column, rows)
      return `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`
    })
    .join("")

  const sheet =
    XML_HEAD +
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="${range}"/>` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0">` +
    `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>` +
    `</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData><row r="1" ht="48" customHeight="1">${header}</row>${body.join("")}</sheetData>` +
    (columns.length > 0 ? `<autoFilter ref="${range}"/>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `</worksheet>`

  const quotedName = `'${name.replace(/'/g, "''")}'`
  const workbook =
    XML_HEAD +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<bookViews><workbookView/></bookViews>` +
    `<sheets><sheet name="${escapeXml(name)}" sheetId="1" r:id="rId1"/></sheets>` +
    (columns.length > 0
      ? `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(
          `${quotedName}!$A$1:$${lastColumn}$${lastRow}`
        )}</definedName></definedNames>`
      : "") +
    `</workbook>`

  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(ROOT_RELS),
    "xl/workbook.xml": strToU8(workbook),
    "xl/_rels/workbook.xml.rels": strToU8(WORKBOOK_RELS),
    "xl/styles.xml": strToU8(STYLES),
    "xl/sharedStrings.xml": strToU8(strings.xml()),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  }
  return Buffer.from(zipSync(files, { level: 6 }))
}

const STYLE = { text: 0, header: 1, integer: 2, decimal: 3 } as const

function cellXml(
  ref: string,
  value: ExportCell,
  kind: ExportColumnKind,
  strings: SharedStrings
): string {
  if (value === null || value === undefined) return ""
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return ""
    const style = kind === "text" ? STYLE.text : STYLE[kind]
    return `<c r="${ref}" s="${style}"><v>${value}</v></c>`
  }
  return `<c r="${ref}" t="s"><v>${strings.index(value)}</v></c>`
}

class SharedStrings {
  private readonly indexes = new Map<string, number>()
  private readonly values: string[] = []
  private uses = 0

  index(value: string): number {
    this.uses += 1
    const known = this.indexes.get(value)
    if (known !== undefined) return known
    const index = this.values.length
    this.indexes.set(value, index)
    this.values.push(value)
    return index
  }

  xml(): string {
    const items = this.values
      .map(
        (value) => `<si><t xml:space="preserve">${escapeXml(value)}</t></si>`
      )
      .join("")
    return (
      XML_HEAD +
      `<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.values.length}">${items}</sst>`
    )
  }
}

/** Wide enough for the longest cell, the header wrapped over up to three lines. */
function fittedWidth<Row extends Record<keyof Row, ExportCell>>(
  column: ExportColumn<Row>,
  rows: readonly Row[]
): number {
  let longest = 0
  for (const row of rows) {
    const value = row[column.key]
    if (value === null || value === undefined) continue
    const shown =
      typeof value === "number"
        ? // Digits plus a thousands separator every three, as #,##0 shows them.
          Math.ceil(String(Math.trunc(Math.abs(value))).length * (4 / 3)) + 3
        : value.length
    longest = Math.max(longest, shown)
  }
  const headerWidth = Math.ceil(longestWord(column.header) + 1)
  const wrappedHeader = Math.ceil(column.header.length / 3) + 2
  return Math.min(50, Math.max(8, longest + 2, headerWidth, wrappedHeader))
}

function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => word.length))
}

/** Excel refuses sheet names over 31 characters or holding \ / ? * [ ] : */
function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[\\/?*[\]:]/g, " ")
    .replace(/^'+|'+$/g, "")
    .trim()
    .slice(0, 31)
    .trim()
  return cleaned === "" ? "Sheet1" : cleaned
}

/** 0 → A, 25 → Z, 26 → AA. */
function columnLetters(index: number): string {
  let letters = ""
  let n = index + 1
  while (n > 0) {
    const rest = (n - 1) % 26
    letters = String.fromCharCode(65 + rest) + letters
    n = Math.floor((n - 1) / 26)
  }
  return letters
}

function escapeXml(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these characters at all.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
  )
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
const NS_REL =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
const NS_PKG_REL =
  "http://schemas.openxmlformats.org/package/2006/relationships"

const CONTENT_TYPES =
  XML_HEAD +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
  `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>` +
  `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
  `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
  `</Types>`

const ROOT_RELS =
  XML_HEAD +
  `<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
  `</Relationships>`

const WORKBOOK_RELS =
  XML_HEAD +
  `<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId1" Type="${NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
  `<Relationship Id="rId2" Type="${NS_REL}/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId3" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
  `</Relationships>`

// Style 0 plain, 1 the header (bold, wrapped), 2 whole numbers (#,##0, built-in format 3),
// 3 one decimal (#,##0.0).
const STYLES =
  XML_HEAD +
  `<styleSheet xmlns="${NS_MAIN}">` +
  `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.0"/></numFmts>` +
  `<fonts count="2">` +
  `<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>` +
  `</fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="4">` +
  `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>` +
  `<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
  `</cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
  `</styleSheet>`
