import { foldName } from "../fold"
import { CsvError, parse } from "csv-parse/sync"

export const STATEMENT_COLUMNS = [
  "tracking_number",
  "amount",
  "remitted_on",
] as const

export type StatementColumn = (typeof STATEMENT_COLUMNS)[number]

/** The most parcel lines one statement may have. */
export const MAX_STATEMENT_LINES = 10_000
/** The largest amount one line may carry, in đồng (the COD limit of both couriers is far lower). */
export const MAX_LINE_AMOUNT = 1_000_000_000
export const MAX_TRACKING_NUMBER_LENGTH = 64

/** One parcel line of a courier's statement, as read. */
export type StatementLine = {
  /** The row as a spreadsheet shows it: the header is row 1. */
  line_number: number
  tracking_number: string
  amount: number
  /** YYYY-MM-DD. */
  remitted_on: string
}

/** Something wrong with the file: a whole-file problem has no row, a cell problem has both. */
export type StatementProblem = {
  row: number | null
  column: StatementColumn | null
  message: string
}

/** How many problems the error's sentence spells out; the rest are counted. */
const PROBLEMS_IN_MESSAGE = 20

/** The statement cannot be used; `problems` lists each bad row and column. */
export class StatementFileError extends Error {
  constructor(readonly problems: StatementProblem[]) {
    const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).map((problem) => {
      const where = [
        problem.row === null ? null : `row ${problem.row}`,
        problem.column,
      ]
        .filter(Boolean)
        .join(", ")
      return where ? `${where}: ${problem.message}` : problem.message
    })
    const more = problems.length - shown.length
    super(
      `The statement cannot be imported; nothing was stored. ${shown.join(" ")}${
        more > 0 ? ` And ${more.toLocaleString("en")} more problems.` : ""
      }`
    )
  }
}

/** Header names (folded: no diacritics, lower case) → column; English and Vietnamese. */
const COLUMN_BY_HEADER = new Map<string, StatementColumn>([
  ["tracking number", "tracking_number"],
  ["ma van don", "tracking_number"],
  ["amount", "amount"],
  ["so tien", "amount"],
  ["remitted on", "remitted_on"],
  ["ngay", "remitted_on"],
])

/** 150000, 150.000 or 150,000: whole đồng, with or without thousands separators. */
const AMOUNT = /^(\d{1,3}([.,]\d{3})+|\d+)$/

export const parseAmount = (cell: string): number | null => {
  const text = cell.trim()
  if (!AMOUNT.test(text)) {
    return null
  }
  const amount = Number(text.replace(/[.,]/g, ""))
  return Number.isSafeInteger(amount) ? amount : null
}

const isRealDate = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  )
}

/** YYYY-MM-DD or DD/MM/YYYY → YYYY-MM-DD; null for anything else or a day that does not exist. */
export const parseStatementDate = (cell: string): string | null => {
  const text = cell.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text)
  const parts = iso
    ? { year: iso[1], month: iso[2], day: iso[3] }
    : vn
      ? { year: vn[3], month: vn[2], day: vn[1] }
      : null
  if (!parts) {
    return null
  }
  const year = Number(parts.year)
  const month = Number(parts.month)
  const day = Number(parts.day)
  if (year < 2000 || year > 2100 || !isRealDate(year, month, day)) {
    return null
  }
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`
}

/** A tracking number as couriers match it: no spaces, upper case. */
export const normalizeTrackingNumber = (value: string): string =>
  value.replace(/\s+/g, "").toUpperCase()

/** Excel in some locales separates cells with semicolons; the header line tells which. */
const delimiterOf = (text: string): "," | ";" => {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? ""
  return firstLine.includes(";") && !firstLine.includes(",") ? ";" : ","
}

const quote = (cell: string): string =>
  `"${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"`

/**
 * Reads a courier's statement: a header row, then one line per parcel, `,` or `;` separated,
 * UTF-8 with or without a byte-order mark. Columns are found by their header in any order
 * (extra columns are ignored); blank rows are skipped but counted, so row numbers match the
 * spreadsheet. Every bad row and column is collected, and then the whole file is refused with
 * a StatementFileError: a statement is imported entirely or not at all.
 */
export const readStatement = (csv: string): StatementLine[] => {
  const text = csv.replace(/^\uFEFF/, "")
  let records: string[][]
  try {
    records = parse(text, {
      delimiter: delimiterOf(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][]
  } catch (error) {
    if (error instanceof CsvError && error.code === "CSV_QUOTE_NOT_CLOSED") {
      throw new StatementFileError([
        {
          row: typeof error.lines === "number" ? error.lines : null,
          column: null,
          message:
            'a quote (") is opened and never closed; save the file again as CSV.',
        },
      ])
    }
    throw error
  }
  const [header, ...data] = records
  if (!header || header.every((cell) => cell.trim() === "")) {
    throw new StatementFileError([
      {
        row: null,
        column: null,
        message:
          "The file is empty: send a header row (tracking_number, amount, remitted_on) and one line per parcel.",
      },
    ])
  }
  const columns = header.map((cell) => COLUMN_BY_HEADER.get(foldName(cell)))
  const problems: StatementProblem[] = []
  for (const column of STATEMENT_COLUMNS) {
    const count = columns.filter((found) => found === column).length
    if (count === 0) {
      problems.push({
        row: 1,
        column,
        message: `the column ${column} is missing from the header row.`,
      })
    } else if (count > 1) {
      problems.push({
        row: 1,
        column,
        message: `the column ${column} appears ${count} times in the header row; keep one.`,
      })
    }
  }
  if (problems.length > 0) {
    throw new StatementFileError(problems)
  }
  const indexOf = (column: StatementColumn) => columns.indexOf(column)
  const filled = data
    .map((record, index) => ({ record, row: index + 2 }))
    .filter(({ record }) => record.some((cell) => cell.trim() !== ""))
  if (filled.length === 0) {
    throw new StatementFileError([
      {
        row: null,
        column: null,
        message:
          "The file has only its header row: add one line per parcel from row 2.",
      },
    ])
  }
  if (filled.length > MAX_STATEMENT_LINES) {
    throw new StatementFileError([
      {
        row: null,
        column: null,
        message: `The file has ${filled.length.toLocaleString("en")} parcel lines; one import takes at most ${MAX_STATEMENT_LINES.toLocaleString("en")}. Split it into smaller files.`,
      },
    ])
  }
  const lines = filled.flatMap(({ record, row }): StatementLine[] => {
    const cell = (column: StatementColumn) =>
      (record[indexOf(column)] ?? "").trim()
    const tracking = normalizeTrackingNumber(cell("tracking_number"))
    const rawAmount = cell("amount")
    const rawDate = cell("remitted_on")
    const amount = parseAmount(rawAmount)
    const remittedOn = parseStatementDate(rawDate)
    const before = problems.length
    if (tracking === "") {
      problems.push({
        row,
        column: "tracking_number",
        message: "the tracking number is empty.",
      })
    } else if (tracking.length > MAX_TRACKING_NUMBER_LENGTH) {
      problems.push({
        row,
        column: "tracking_number",
        message: `a tracking number has at most ${MAX_TRACKING_NUMBER_LENGTH} characters.`,
      })
    }
    if (amount === null) {
      problems.push({
        row,
        column: "amount",
        message:
          rawAmount === ""
            ? "the amount is empty."
            : `${quote(rawAmount)} is not an amount in whole đồng (150000, 150.000 or 150,000).`,
      })
    } else if (amount > MAX_LINE_AMOUNT) {
      problems.push({
        row,
        column: "amount",
        message: `${quote(rawAmount)} is more than ${MAX_LINE_AMOUNT.toLocaleString("en")} đồng for one parcel.`,
      })
    }
    if (remittedOn === null) {
      problems.push({
        row,
        column: "remitted_on",
        message:
          rawDate === ""
            ? "the date is empty."
            : `${quote(rawDate)} is not a date (YYYY-MM-DD or DD/MM/YYYY).`,
      })
    }
    if (problems.length > before || amount === null || remittedOn === null) {
      return []
    }
    return [
      {
        line_number: row,
        tracking_number: tracking,
        amount,
        remitted_on: remittedOn,
      },
    ]
  })
  if (problems.length > 0) {
    throw new StatementFileError(problems)
  }
  return lines
}
