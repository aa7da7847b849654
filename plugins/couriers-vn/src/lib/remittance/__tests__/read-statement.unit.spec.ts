import {
  parseAmount,
  parseStatementDate,
  readStatement,
  StatementFileError,
} from "../read-statement"

const problemsOf = (csv: string) => {
  try {
    readStatement(csv)
  } catch (error) {
    if (error instanceof StatementFileError) {
      return { problems: error.problems, message: error.message }
    }
    throw error
  }
  throw new Error("The statement was read without a problem")
}

describe("reading a courier's COD statement", () => {
  it("reads English headers, comma separated, with every amount and date form", () => {
    const csv = [
      "tracking_number,amount,remitted_on",
      "CP000000125VN,150000,2026-12-05",
      'cp 000 000 133 vn,"150,000",05/12/2026',
      "LBK6HF,150.000,5/1/2027",
    ].join("\r\n")
    expect(readStatement(csv)).toEqual([
      {
        line_number: 2,
        tracking_number: "CP000000125VN",
        amount: 150000,
        remitted_on: "2026-12-05",
      },
      {
        line_number: 3,
        tracking_number: "CP000000133VN",
        amount: 150000,
        remitted_on: "2026-12-05",
      },
      {
        line_number: 4,
        tracking_number: "LBK6HF",
        amount: 150000,
        remitted_on: "2027-01-05",
      },
    ])
  })

  it("reads Vietnamese headers in another order, semicolons, a BOM, extra columns and blank rows", () => {
    const csv = [
      "\uFEFFNgày;Ghi chú;Số tiền;Mã vận đơn",
      "05/12/2026;Giao lần 2;95.000;EE000000021VN",
      ";;;",
      "06/12/2026;;120000;ee000000039vn",
      "",
    ].join("\n")
    expect(readStatement(csv)).toEqual([
      {
        line_number: 2,
        tracking_number: "EE000000021VN",
        amount: 95000,
        remitted_on: "2026-12-05",
      },
      {
        line_number: 4,
        tracking_number: "EE000000039VN",
        amount: 120000,
        remitted_on: "2026-12-06",
      },
    ])
  })

  it("accepts the snake_case Vietnamese headers too", () => {
    expect(
      readStatement("ma_van_don,so_tien,ngay\nCP1,1000,2026-12-01")
    ).toHaveLength(1)
  })

  it("lists every bad row and column, and refuses the whole file", () => {
    const { problems, message } = problemsOf(
      [
        "tracking_number,amount,remitted_on",
        "CP000000125VN,150000,2026-12-05",
        "CP000000133VN,abc,2026-12-05",
        ",150000,31/02/2026",
        "CP000000141VN,15.00,2026-13-01",
      ].join("\n")
    )
    expect(problems).toEqual([
      {
        row: 3,
        column: "amount",
        message:
          '"abc" is not an amount in whole đồng (150000, 150.000 or 150,000).',
      },
      {
        row: 4,
        column: "tracking_number",
        message: "the tracking number is empty.",
      },
      {
        row: 4,
        column: "remitted_on",
        message: '"31/02/2026" is not a date (YYYY-MM-DD or DD/MM/YYYY).',
      },
      {
        row: 5,
        column: "amount",
        message:
          '"15.00" is not an amount in whole đồng (150000, 150.000 or 150,000).',
      },
      {
        row: 5,
        column: "remitted_on",
        message: '"2026-13-01" is not a date (YYYY-MM-DD or DD/MM/YYYY).',
      },
    ])
    expect(message).toMatch(
      /^The statement cannot be imported; nothing was stored\. row 3, amount: "abc" is not/
    )
    expect(message).toContain(
      "row 4, tracking_number: the tracking number is empty."
    )
  })

  it("names a missing or repeated column of the header row", () => {
    expect(problemsOf("tracking_number;so_tien\nCP1;1000").problems).toEqual([
      {
        row: 1,
        column: "remitted_on",
        message: "the column remitted_on is missing from the header row.",
      },
    ])
    expect(
      problemsOf("amount,tracking_number,so tien,ngay\n1,CP1,1,2026-12-01")
        .problems[0]?.message
    ).toBe("the column amount appears 2 times in the header row; keep one.")
  })

  it("refuses an empty file, a header alone, an unclosed quote and too many lines", () => {
    expect(problemsOf("").message).toMatch(/The file is empty/)
    expect(problemsOf("tracking_number,amount,remitted_on\n").message).toMatch(
      /only its header row/
    )
    expect(
      problemsOf('tracking_number,amount,remitted_on\nCP1,"1000,2026-12-01')
        .problems
    ).toEqual([
      {
        row: 2,
        column: null,
        message:
          'a quote (") is opened and never closed; save the file again as CSV.',
      },
    ])
    const many = Array.from(
      { length: 10_001 },
      (_, i) => `CP${i},1000,2026-12-01`
    )
    expect(
      problemsOf(["tracking_number,amount,remitted_on", ...many].join("\n"))
        .message
    ).toMatch(/10,001 parcel lines; one import takes at most 10,000/)
  })

  it("spells out twenty problems and counts the rest", () => {
    const bad = Array.from({ length: 25 }, (_, i) => `CP${i},x,2026-12-01`)
    const { problems, message } = problemsOf(
      ["tracking_number,amount,remitted_on", ...bad].join("\n")
    )
    expect(problems).toHaveLength(25)
    expect(message).toMatch(/row 21, amount: .* And 5 more problems\.$/)
  })

  it("parses amounts and dates strictly", () => {
    expect(parseAmount("1.234.567")).toBe(1234567)
    expect(parseAmount("1,234,567")).toBe(1234567)
    expect(parseAmount("0")).toBe(0)
    expect(parseAmount("-5")).toBeNull()
    expect(parseAmount("12.34")).toBeNull()
    expect(parseAmount("150 000")).toBeNull()
    expect(parseStatementDate("2028-02-29")).toBe("2028-02-29")
    expect(parseStatementDate("29/02/2027")).toBeNull()
    expect(parseStatementDate("2026-12-05T00:00:00Z")).toBeNull()
  })
})
