import { CsvError, parse } from "csv-parse/sync"

import {
  HEADER,
  IMPORT_COLUMNS,
  type ImportColumnKey,
  MAX_IMPORT_ROWS,
} from "./columns"

/** A data row of the CSV: its number as a spreadsheet shows it (header = 1) and its cells. */
export type ImportRow = {
  row: number
  cells: Partial<Record<ImportColumnKey, string>>
  /** Whether the row had non-empty cells beyond the template's columns. */
  overflow: boolean
}

/** The whole file is unusable: the sentence says why, for the person who sent it. */
export class ImportFileError extends Error {}

const normalize = (text: string): string =>
  text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi")

const KEY_BY_HEADER = new Map(
  IMPORT_COLUMNS.map((column) => [normalize(column.header), column.key])
)

const decode = (bytes: Buffer): string => {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes)
  } catch {
    throw new ImportFileError(
      "Tệp không phải CSV UTF-8. Trong Excel, chọn Lưu thành → «CSV UTF-8 (phân tách bằng dấu phẩy)» rồi tải lên lại."
    )
  }
}

/** Excel in some locales separates cells with semicolons; the header line tells which. */
const delimiterOf = (text: string): string => {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? ""
  return firstLine.includes(";") && !firstLine.includes(",") ? ";" : ","
}

/**
 * Reads an uploaded product CSV: UTF-8 with or without a byte-order mark, CRLF or LF, quoted
 * cells with commas, quotes and line breaks inside. Columns are found by their header (any
 * order, any case); blank rows are skipped but still counted, so row numbers match the
 * spreadsheet. Throws ImportFileError when the file as a whole cannot be used.
 */
export const readImportCsv = (bytes: Buffer): ImportRow[] => {
  const text = decode(bytes)
  let records: string[][]
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text.replace(/^\uFEFF/, "")),
      relax_column_count: true,
      skip_empty_lines: false,
    }) as string[][]
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === "number" ? error.lines : undefined
      throw new ImportFileError(
        `Không đọc được tệp CSV${line ? ` (quanh dòng ${line})` : ""}: có thể thiếu dấu ngoặc kép đóng. Mở tệp bằng Excel, lưu lại dạng CSV UTF-8 rồi tải lên lại.`
      )
    }
    throw error
  }
  const [header, ...data] = records
  if (!header || header.every((cell) => cell.trim() === "")) {
    throw new ImportFileError(
      "Tệp trống. Tải tệp mẫu, điền sản phẩm từ dòng 2 rồi tải lên lại."
    )
  }
  const keys = header.map((cell) => KEY_BY_HEADER.get(normalize(cell)))
  const unknown = header.filter(
    (cell, index) => cell.trim() !== "" && keys[index] === undefined
  )
  if (unknown.length > 0) {
    throw new ImportFileError(
      `Cột ${unknown.map((cell) => `«${cell.trim().slice(0, 60)}»`).join(", ")} không có trong tệp mẫu. Dùng đúng tiêu đề cột của tệp mẫu (dòng 1).`
    )
  }
  const repeated = IMPORT_COLUMNS.filter(
    (column) => keys.filter((key) => key === column.key).length > 1
  )
  if (repeated.length > 0) {
    throw new ImportFileError(
      `Cột ${repeated.map((c) => `«${c.header}»`).join(", ")} xuất hiện hai lần ở dòng 1; giữ lại một cột.`
    )
  }
  const missing = IMPORT_COLUMNS.filter((column) => !keys.includes(column.key))
  if (missing.length > 0) {
    throw new ImportFileError(
      `Tệp thiếu cột ${missing.map((c) => `«${c.header}»`).join(", ")}. Dùng tệp mẫu và giữ nguyên dòng tiêu đề.`
    )
  }
  const rows = data.flatMap((record, index): ImportRow[] => {
    if (record.every((cell) => cell.trim() === "")) {
      return []
    }
    const cells: ImportRow["cells"] = {}
    record.forEach((cell, column) => {
      const key = keys[column]
      if (key) {
        cells[key] = cell.trim()
      }
    })
    return [
      {
        row: index + 2,
        cells,
        overflow: record
          .slice(header.length)
          .some((cell) => cell.trim() !== ""),
      },
    ]
  })
  if (rows.length === 0) {
    throw new ImportFileError(
      `Tệp chỉ có dòng tiêu đề. Điền mỗi quy cách của sản phẩm vào một dòng, bắt đầu từ dòng 2 (cột «${HEADER.title}», «${HEADER.variant_title}», «${HEADER.price}»…).`
    )
  }
  if (rows.length > MAX_IMPORT_ROWS) {
    throw new ImportFileError(
      `Tệp có ${rows.length.toLocaleString("vi")} dòng sản phẩm; mỗi lần chỉ tải được tối đa ${MAX_IMPORT_ROWS.toLocaleString("vi")} dòng. Chia thành nhiều tệp nhỏ hơn.`
    )
  }
  return rows
}
