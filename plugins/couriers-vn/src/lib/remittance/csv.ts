/** A CSV cell that opened a quote and never closed it: the file cannot be read past it. */
export class UnclosedQuoteError extends Error {
  constructor(readonly row: number) {
    super(`A quote opened on row ${row} is never closed.`)
  }
}

/**
 * Splits CSV text into records (RFC 4180): cells separated by `delimiter`, records by CRLF, LF or
 * CR, a cell in double quotes may hold the delimiter, line breaks and doubled quotes (`""`).
 * A statement is small (a few MB at most), so the whole text is read at once.
 */
export const parseCsv = (text: string, delimiter: "," | ";"): string[][] => {
  const records: string[][] = []
  let record: string[] = []
  let cell = ""
  let quoted = false
  let quoteStartRow = 0
  let i = 0
  const endCell = () => {
    record.push(cell)
    cell = ""
  }
  const endRecord = () => {
    endCell()
    records.push(record)
    record = []
  }
  while (i < text.length) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i += 2
          continue
        }
        quoted = false
        i += 1
        continue
      }
      cell += char
      i += 1
      continue
    }
    if (char === '"' && cell.trim() === "") {
      quoted = true
      quoteStartRow = records.length + 1
      cell = ""
      i += 1
      continue
    }
    if (char === delimiter) {
      endCell()
      i += 1
      continue
    }
    if (char === "\r" || char === "\n") {
      endRecord()
      i += char === "\r" && text[i + 1] === "\n" ? 2 : 1
      continue
    }
    cell += char
    i += 1
  }
  if (quoted) {
    throw new UnclosedQuoteError(quoteStartRow)
  }
  if (cell !== "" || record.length > 0) {
    endRecord()
  }
  return records
}

/** Excel in some locales separates cells with semicolons; the header line tells which. */
export const delimiterOf = (text: string): "," | ";" => {
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? ""
  return firstLine.includes(";") && !firstLine.includes(",") ? ";" : ","
}
