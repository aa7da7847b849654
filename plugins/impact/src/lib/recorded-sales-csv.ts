import type { ShareWeight } from "./split-shares"

/**
 * The recorded-sales import file (IMPACT_API.md, "Recorded sales"): read and checked here, with no
 * database; the route looks the communes and cooperatives up afterwards.
 */

export const MAX_IMPORT_ROWS = 5000
export const MAX_IMPORT_BYTES = 1024 * 1024
export const MAX_RECORDED_SALES_VALUE = 2_000_000_000
export const MAX_NOTE_LENGTH = 500
export const MAX_HANDLE_LENGTH = 100
export const MAX_SHARES = 30
export const FIRST_RECORDED_YEAR = 2015
/** After this many problems the rest are not listed. */
export const MAX_IMPORT_ERRORS = 100

export type ParsedRecordedSale = {
  /** The row a person sees in Excel (the header is row 1). */
  row: number
  /** `YYYY-MM`. */
  month: string
  /** 5 digits; a 2025 code when `code_kind` is `new`, a pre-2025 one when `old`. */
  commune_code: string
  code_kind: "new" | "old"
  /** Whole đồng. */
  sales_value: number
  cooperative_handle: string | null
  note: string | null
  /** How an old commune's amount is split between the 2025 communes, in the order written. */
  shares: ShareWeight[] | null
}

export type RecordedSalesCsvError = {
  /** The row a person sees in Excel (header = 1); 0 for the file as a whole. */
  row: number
  /** The column as the file names it; "" for a whole row or the file. */
  column: string
  message: string
}

export type RecordedSalesCsvResult =
  { rows: ParsedRecordedSale[] } | { errors: RecordedSalesCsvError[] }

type Column =
  "thang" | "ma_xa" | "loai_ma" | "doanh_so" | "ma_htx" | "ghi_chu" | "ty_le"

const COLUMNS: readonly Column[] = [
  "thang",
  "ma_xa",
  "loai_ma",
  "doanh_so",
  "ma_htx",
  "ghi_chu",
  "ty_le",
]
const REQUIRED: readonly Column[] = ["thang", "ma_xa", "doanh_so"]

const ALIASES: Readonly<Record<string, Column>> = {
  thang: "thang",
  month: "thang",
  ma_xa: "ma_xa",
  commune_code: "ma_xa",
  loai_ma: "loai_ma",
  code_kind: "loai_ma",
  doanh_so: "doanh_so",
  sales_value: "doanh_so",
  ma_htx: "ma_htx",
  cooperative_handle: "ma_htx",
  ghi_chu: "ghi_chu",
  note: "ghi_chu",
  ty_le: "ty_le",
  ti_le: "ty_le",
  shares: "ty_le",
}

/** What a person downloads to fill in: a 2025 commune, and an old commune split 60/40. */
export const RECORDED_SALES_TEMPLATE_CSV =
  "\uFEFF" +
  [
    "thang,ma_xa,loai_ma,doanh_so,ma_htx,ghi_chu,ty_le",
    "2024-03,04606,moi,12500000,,Sổ bán hàng của hợp tác xã,",
    '2024-04,00967,cu,8.000.000,,"Khảo sát chương trình, xã Việt Lâm cũ","00913=60;00967=40"',
  ].join("\r\n") +
  "\r\n"

export function parseRecordedSalesCsv(
  text: string,
  options: { now: Date }
): RecordedSalesCsvResult {
  if (Buffer.byteLength(text, "utf8") > MAX_IMPORT_BYTES) {
    return fileError(
      "The file is larger than 1 MB; split it into smaller files."
    )
  }

  let body = text.startsWith("\uFEFF") ? text.slice(1) : text
  let separator: string | null = null
  const sepLine = /^sep=(.)[ \t]*(\r\n|\n|\r|$)/i.exec(body)
  if (sepLine) {
    separator = sepLine[1] ?? null
    body = body.slice(sepLine[0].length)
  }
  if (body.trim() === "") {
    return fileError("The file is empty.")
  }
  separator ??= guessSeparator(body)

  const read = readRecords(body, separator)
  if ("unclosedQuoteRow" in read) {
    return {
      errors: [
        {
          row: read.unclosedQuoteRow,
          column: "",
          message:
            'A quoted cell starting on this row is never closed; check its double quotes (").',
        },
      ],
    }
  }

  const [headerCells = [], ...dataRecords] = read.records
  const header = readHeader(headerCells)
  if ("errors" in header) return header

  const data = dataRecords
    .map((cells, index) => ({ row: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ""))
  if (data.length === 0) {
    return fileError("The file has a header but no rows.")
  }
  if (data.length > MAX_IMPORT_ROWS) {
    return fileError(
      `The file has ${formatCount(data.length)} rows; import at most ${formatCount(MAX_IMPORT_ROWS)} at a time.`
    )
  }

  const currentMonth = vietnamMonthIndex(options.now)
  const errors: RecordedSalesCsvError[] = []
  const rows: ParsedRecordedSale[] = []
  const firstRowByKey = new Map<string, number>()

  for (const { row, cells } of data) {
    const rowErrors: RecordedSalesCsvError[] = []
    const fail = (column: Column | "", message: string) => {
      rowErrors.push({
        row,
        column: column === "" ? "" : (header.names.get(column) ?? column),
        message,
      })
    }
    const cell = (column: Column): string => {
      const index = header.positions.get(column)
      return index === undefined ? "" : (cells[index] ?? "").trim()
    }

    const extra = cells.some(
      (value, index) => !header.used.has(index) && value.trim() !== ""
    )
    if (extra) {
      fail(
        "",
        "This row has more cells than the header has columns; put text that holds a comma or semicolon in double quotes."
      )
    }

    const month = readMonth(cell("thang"), currentMonth)
    if ("error" in month) fail("thang", month.error)

    const commune = readCommuneCode(cell("ma_xa"))
    if ("error" in commune) fail("ma_xa", commune.error)

    const kind = readCodeKind(cell("loai_ma"))
    if ("error" in kind) fail("loai_ma", kind.error)

    const sales = readSalesValue(cell("doanh_so"))
    if ("error" in sales) fail("doanh_so", sales.error)

    const handle = readHandle(cell("ma_htx"))
    if ("error" in handle) fail("ma_htx", handle.error)

    const note = cell("ghi_chu")
    if (note.length > MAX_NOTE_LENGTH) {
      fail(
        "ghi_chu",
        `The note is ${note.length} characters long; keep it to ${MAX_NOTE_LENGTH}.`
      )
    }

    const shares = readShares(cell("ty_le"))
    if ("error" in shares) fail("ty_le", shares.error)
    else if (shares.value && "value" in kind && kind.value === "new") {
      fail(
        "ty_le",
        "Shares only apply to an old commune code; set loai_ma to cu or leave ty_le empty."
      )
    }

    if (
      rowErrors.length === 0 &&
      "value" in month &&
      "value" in commune &&
      "value" in kind &&
      "value" in sales &&
      "value" in handle &&
      "value" in shares
    ) {
      const key = [month.value, commune.value, kind.value, handle.value].join(
        "|"
      )
      const first = firstRowByKey.get(key)
      if (first !== undefined) {
        fail(
          "",
          `This row repeats row ${first} (the same month, commune and cooperative); merge them into one.`
        )
      } else {
        firstRowByKey.set(key, row)
        rows.push({
          row,
          month: month.value,
          commune_code: commune.value,
          code_kind: kind.value,
          sales_value: sales.value,
          cooperative_handle: handle.value,
          note: note === "" ? null : note,
          shares: shares.value,
        })
      }
    }
    errors.push(...rowErrors)
  }

  if (errors.length > 0) {
    if (errors.length > MAX_IMPORT_ERRORS) {
      return {
        errors: [
          ...errors.slice(0, MAX_IMPORT_ERRORS),
          {
            row: 0,
            column: "",
            message: `…and ${formatCount(errors.length - MAX_IMPORT_ERRORS)} more problems; fix these and import again.`,
          },
        ],
      }
    }
    return { errors }
  }
  return { rows }
}

type Read<T> = { value: T } | { error: string }

type Header = {
  /** Where each known column sits. */
  positions: Map<Column, number>
  /** The column as the file names it, for messages. */
  names: Map<Column, string>
  used: Set<number>
}

function readHeader(
  cells: readonly string[]
): Header | { errors: RecordedSalesCsvError[] } {
  const positions = new Map<Column, number>()
  const names = new Map<Column, string>()
  const used = new Set<number>()
  const unknown: string[] = []
  const repeated: string[] = []

  cells.forEach((raw, index) => {
    const written = raw.trim()
    if (written === "") return
    const column = ALIASES[normaliseName(written)]
    if (!column) {
      unknown.push(written)
      return
    }
    if (positions.has(column)) {
      repeated.push(written)
      return
    }
    positions.set(column, index)
    names.set(column, written)
    used.add(index)
  })

  const errors: RecordedSalesCsvError[] = []
  if (unknown.length > 0) {
    errors.push({
      row: 1,
      column: unknown.join(", "),
      message: `Unknown column${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; the columns are ${listColumns(COLUMNS)}.`,
    })
  }
  if (repeated.length > 0) {
    errors.push({
      row: 1,
      column: repeated.join(", "),
      message: `The header names the same column twice (${repeated.join(", ")}); keep one.`,
    })
  }
  const missing = REQUIRED.filter((column) => !positions.has(column))
  if (missing.length > 0) {
    errors.push({
      row: 1,
      column: missing.join(", "),
      message: `The header has no ${listColumns(missing)} column${missing.length > 1 ? "s" : ""}; the first row must name the columns.`,
    })
  }
  return errors.length > 0 ? { errors } : { positions, names, used }
}

const MONTH_NAMES = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
]

function readMonth(raw: string, currentMonth: number): Read<string> {
  if (raw === "") return { error: "Give the month, e.g. 2024-03." }
  const parsed = parseMonth(raw)
  if (!parsed || parsed.month < 1 || parsed.month > 12) {
    return {
      error: `"${clip(raw)}" is not a month; write it as YYYY-MM, e.g. 2024-03.`,
    }
  }
  const value = `${parsed.year}-${String(parsed.month).padStart(2, "0")}`
  if (parsed.year < FIRST_RECORDED_YEAR) {
    return {
      error: `${value} is too early; recorded sales start from ${FIRST_RECORDED_YEAR}-01.`,
    }
  }
  if (parsed.year * 12 + parsed.month - 1 > currentMonth) {
    return { error: `${value} is in the future.` }
  }
  return { value }
}

/**
 * YYYY-MM and MM/YYYY, plus what Excel writes back once it has taken a month for a date: the
 * month's first day (YYYY-MM-01, 01/MM/YYYY, MM/01/YYYY: only day 1 is taken, so the day and
 * month cannot be mixed up) or "Mar-24".
 */
function parseMonth(raw: string): { year: number; month: number } | null {
  let match = /^(\d{4})[-/.](\d{1,2})(?:[-/.]0?1)?$/.exec(raw)
  if (match) return { year: Number(match[1]), month: Number(match[2]) }
  match = /^(\d{1,2})[/.-](\d{4})$/.exec(raw)
  if (match) return { year: Number(match[2]), month: Number(match[1]) }
  match = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(raw)
  if (match) {
    const first = Number(match[1])
    const second = Number(match[2])
    const year = Number(match[3])
    if (first === 1) return { year, month: second }
    if (second === 1) return { year, month: first }
    return null
  }
  match = /^([a-z]{3})[a-z]*[- ](\d{2}|\d{4})$/i.exec(raw)
  if (match) {
    const month = MONTH_NAMES.indexOf((match[1] ?? "").toLowerCase()) + 1
    const year = Number(match[2])
    if (month === 0) return null
    return { year: year < 100 ? 2000 + year : year, month }
  }
  return null
}

/** Months since year 0 of the month `now` falls in, in Vietnam's time (UTC+7). */
function vietnamMonthIndex(now: Date): number {
  const vietnam = new Date(now.getTime() + 7 * 60 * 60 * 1000)
  return vietnam.getUTCFullYear() * 12 + vietnam.getUTCMonth()
}

/** Excel drops the leading zeros of a code it took for a number, so they are put back. */
function readCommuneCode(raw: string): Read<string> {
  if (raw === "") return { error: "Give the commune code, e.g. 04606." }
  if (!/^\d{1,5}$/.test(raw)) {
    return {
      error: `"${clip(raw)}" is not a commune code; write its 5 digits, e.g. 04606.`,
    }
  }
  return { value: raw.padStart(5, "0") }
}

function readCodeKind(raw: string): Read<"new" | "old"> {
  const kind = normaliseName(raw)
  if (kind === "" || kind === "moi" || kind === "new") return { value: "new" }
  if (kind === "cu" || kind === "old") return { value: "old" }
  return {
    error: `"${clip(raw)}" is not a code kind; write moi for a 2025 commune code or cu for an older one.`,
  }
}

function readSalesValue(raw: string): Read<number> {
  if (raw === "")
    return { error: "Give the sales value in đồng, e.g. 12500000." }
  const digits = raw
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/(₫|đ|vnđ|vnd|đồng)$/i, "")
  if (/^-\d/.test(digits)) {
    return { error: "The sales value cannot be negative." }
  }
  const plain = /^\d+$/.test(digits)
  const grouped =
    /^\d{1,3}(\.\d{3})+$/.test(digits) || /^\d{1,3}(,\d{3})+$/.test(digits)
  if (!plain && !grouped) {
    return {
      error: `"${clip(raw)}" is not a whole number of đồng; write it like 12500000 or 12.500.000.`,
    }
  }
  const value = Number(digits.replace(/[.,]/g, ""))
  if (value > MAX_RECORDED_SALES_VALUE) {
    return {
      error:
        "The sales value is over 2.000.000.000 ₫ for one month; check it or split it by cooperative.",
    }
  }
  return { value }
}

function readHandle(raw: string): Read<string | null> {
  if (raw === "") return { value: null }
  const handle = raw.toLowerCase()
  if (!/^[a-z0-9-]+$/.test(handle) || handle.length > MAX_HANDLE_LENGTH) {
    return {
      error: `"${clip(raw)}" is not a cooperative handle; it holds only letters a-z, digits and hyphens (at most ${MAX_HANDLE_LENGTH}), e.g. htx-tram-tau.`,
    }
  }
  return { value: handle }
}

const SHARES_EXAMPLE = "e.g. 00913=60;00967=40"

function readShares(raw: string): Read<ShareWeight[] | null> {
  if (raw === "") return { value: null }
  const pairs = raw
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair !== "")
  if (pairs.length > MAX_SHARES) {
    return { error: `Give at most ${MAX_SHARES} communes in the shares.` }
  }
  const shares: ShareWeight[] = []
  for (const pair of pairs) {
    const match = /^(\d{1,5})\s*[=:]\s*(\d+(?:[.,]\d+)?)\s*%?$/.exec(pair)
    if (!match) {
      return {
        error: `"${clip(pair)}" is not a share; write commune code=weight separated by semicolons, ${SHARES_EXAMPLE}.`,
      }
    }
    const code = (match[1] ?? "").padStart(5, "0")
    const weight = Number((match[2] ?? "").replace(",", "."))
    if (!(weight > 0) || !Number.isFinite(weight)) {
      return { error: `The share of commune ${code} must be more than 0.` }
    }
    if (shares.some((share) => share.code === code)) {
      return { error: `The commune ${code} is listed twice in the shares.` }
    }
    shares.push({ code, weight })
  }
  return { value: shares.length > 0 ? shares : null }
}

/** Reads records the way Excel shows rows: a quoted cell may span lines, each record is a row. */
function readRecords(
  text: string,
  separator: string
): { records: string[][] } | { unclosedQuoteRow: number } {
  const records: string[][] = []
  let cells: string[] = []
  let cell = ""
  let quoted = false
  let i = 0
  const endRecord = () => {
    cells.push(cell)
    records.push(cells)
    cells = []
    cell = ""
  }
  while (i < text.length) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        cell += ch
      }
      i += 1
      continue
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true
      cell = ""
    } else if (ch === separator) {
      cells.push(cell)
      cell = ""
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1
      endRecord()
    } else {
      cell += ch
    }
    i += 1
  }
  if (quoted) return { unclosedQuoteRow: records.length + 1 }
  if (cell !== "" || cells.length > 0) endRecord()
  return { records }
}

/** Semicolons when the header line holds more of them than commas (Excel in a Vietnamese locale). */
function guessSeparator(text: string): string {
  const firstLine = /^[^\r\n]*/.exec(text)?.[0] ?? ""
  const count = (ch: string) => firstLine.split(ch).length - 1
  return count(";") > count(",") ? ";" : ","
}

/** "Mã xã" → "ma_xa", "Tháng" → "thang", "COMMUNE_CODE" → "commune_code". */
function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_")
}

function listColumns(columns: readonly string[]): string {
  if (columns.length <= 1) return columns.join("")
  return `${columns.slice(0, -1).join(", ")} and ${columns[columns.length - 1]}`
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value
}

function formatCount(value: number): string {
  return value.toLocaleString("en-US")
}

function fileError(message: string): { errors: RecordedSalesCsvError[] } {
  return { errors: [{ row: 0, column: "", message }] }
}
