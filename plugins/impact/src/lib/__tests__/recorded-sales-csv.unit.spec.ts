import {
  MAX_IMPORT_ROWS,
  parseRecordedSalesCsv,
  RECORDED_SALES_TEMPLATE_CSV,
  type RecordedSalesCsvResult,
} from "../recorded-sales-csv"

const now = new Date("2026-11-29T10:00:00Z")
const parse = (text: string) => parseRecordedSalesCsv(text, { now })

function rowsOf(result: RecordedSalesCsvResult) {
  if ("errors" in result) {
    throw new Error(`Expected rows, got ${JSON.stringify(result.errors)}`)
  }
  return result.rows
}

function errorsOf(result: RecordedSalesCsvResult) {
  if ("rows" in result) throw new Error("Expected errors, got rows")
  return result.errors
}

const HEADER = "thang,ma_xa,loai_ma,doanh_so,ma_htx,ghi_chu,ty_le"

/** The header and one row, the row's cells overridden by name. */
function oneRow(cells: Partial<Record<string, string>>): string {
  const row = {
    thang: "2024-03",
    ma_xa: "04606",
    loai_ma: "moi",
    doanh_so: "12500000",
    ma_htx: "",
    ghi_chu: "",
    ty_le: "",
    ...cells,
  }
  return `${HEADER}\n${Object.values(row).join(",")}\n`
}

describe("reading an officer's recorded-sales file", () => {
  it("reads what Excel saves in a Vietnamese locale: BOM, semicolons, quotes, thousands dots", () => {
    const text =
      "\uFEFFThang;Ma_Xa;loai_ma;doanh_so;ma_htx;ghi_chu;ty_le\r\n" +
      '2024-03;04606;moi;12.500.000;htx-tram-tau;"Sổ bán hàng; quý 1, có ""chữ ký""";\r\n' +
      '03/2024;00967;cu;8000000;;Khảo sát;"00913=60;00967=40"\r\n' +
      ";;;;;;\r\n"
    expect(parse(text)).toEqual({
      rows: [
        {
          row: 2,
          month: "2024-03",
          commune_code: "04606",
          code_kind: "new",
          sales_value: 12_500_000,
          cooperative_handle: "htx-tram-tau",
          note: 'Sổ bán hàng; quý 1, có "chữ ký"',
          shares: null,
        },
        {
          row: 3,
          month: "2024-03",
          commune_code: "00967",
          code_kind: "old",
          sales_value: 8_000_000,
          cooperative_handle: null,
          note: "Khảo sát",
          shares: [
            { code: "00913", weight: 60 },
            { code: "00967", weight: 40 },
          ],
        },
      ],
    })
  })

  it("reads commas, LF line ends, English and accented column names, and a note over two lines", () => {
    const text =
      "month,commune_code,code_kind,sales_value,cooperative_handle,note,shares\n" +
      '2025-01,4606,new,"1,500,000",HTX-Tram-Tau,"line one\nline two",\n' +
      '2025-02,00967,old,0,,,"00913=0,5;00967=1.5"\n'
    const rows = rowsOf(parse(text))
    // The two-line note stays in Excel's row 2, so the next record is row 3.
    expect(rows.map((r) => [r.row, r.commune_code, r.sales_value])).toEqual([
      [2, "04606", 1_500_000],
      [3, "00967", 0],
    ])
    expect(rows[0]?.note).toBe("line one\nline two")
    expect(rows[0]?.cooperative_handle).toBe("htx-tram-tau")
    expect(rows[1]?.shares).toEqual([
      { code: "00913", weight: 0.5 },
      { code: "00967", weight: 1.5 },
    ])

    const accented = rowsOf(
      parse(
        "Tháng;Mã xã;Doanh số;Ghi chú;Tỷ lệ;Loại mã;Mã HTX\n2024-12;04606;5000000;;;;\n"
      )
    )
    expect(accented[0]).toMatchObject({ month: "2024-12", code_kind: "new" })
  })

  it("counts rows as Excel numbers them, blank rows included", () => {
    const text = `${HEADER}\n\n2024-03,04606,moi,abc,,,\n`
    expect(errorsOf(parse(text))).toEqual([
      {
        row: 3,
        column: "doanh_so",
        message:
          '"abc" is not a whole number of đồng; write it like 12500000 or 12.500.000.',
      },
    ])
  })

  it("takes the months Excel writes back once it has made them dates", () => {
    const months = ["2024-3", "2024-03-01", "01/03/2024", "3/1/2024", "Mar-24"]
    for (const thang of months) {
      expect(rowsOf(parse(oneRow({ thang })))[0]?.month).toBe("2024-03")
    }
  })

  it("explains each wrong cell by its row and column", () => {
    const cases: [Partial<Record<string, string>>, string, string][] = [
      [{ thang: "" }, "thang", "Give the month, e.g. 2024-03."],
      [
        { thang: "March" },
        "thang",
        '"March" is not a month; write it as YYYY-MM, e.g. 2024-03.',
      ],
      [
        { thang: "2024-13" },
        "thang",
        '"2024-13" is not a month; write it as YYYY-MM, e.g. 2024-03.',
      ],
      [
        { thang: "15/03/2024" },
        "thang",
        '"15/03/2024" is not a month; write it as YYYY-MM, e.g. 2024-03.',
      ],
      [
        { thang: "2014-12" },
        "thang",
        "2014-12 is too early; recorded sales start from 2015-01.",
      ],
      [{ thang: "2026-12" }, "thang", "2026-12 is in the future."],
      [{ ma_xa: "" }, "ma_xa", "Give the commune code, e.g. 04606."],
      [
        { ma_xa: "046061" },
        "ma_xa",
        '"046061" is not a commune code; write its 5 digits, e.g. 04606.',
      ],
      [
        { loai_ma: "xa" },
        "loai_ma",
        '"xa" is not a code kind; write moi for a 2025 commune code or cu for an older one.',
      ],
      [
        { doanh_so: "" },
        "doanh_so",
        "Give the sales value in đồng, e.g. 12500000.",
      ],
      [{ doanh_so: "-5" }, "doanh_so", "The sales value cannot be negative."],
      [
        { doanh_so: '"12500000,5"' },
        "doanh_so",
        '"12500000,5" is not a whole number of đồng; write it like 12500000 or 12.500.000.',
      ],
      [
        { doanh_so: "1.25.000" },
        "doanh_so",
        '"1.25.000" is not a whole number of đồng; write it like 12500000 or 12.500.000.',
      ],
      [
        { doanh_so: "2000000001" },
        "doanh_so",
        "The sales value is over 2.000.000.000 ₫ for one month; check it or split it by cooperative.",
      ],
      [
        { ma_htx: "htx tram tau" },
        "ma_htx",
        '"htx tram tau" is not a cooperative handle; it holds only letters a-z, digits and hyphens (at most 100), e.g. htx-tram-tau.',
      ],
      [
        { ghi_chu: "x".repeat(501) },
        "ghi_chu",
        "The note is 501 characters long; keep it to 500.",
      ],
      [
        { loai_ma: "cu", ty_le: '"00913=60;00967"' },
        "ty_le",
        '"00967" is not a share; write commune code=weight separated by semicolons, e.g. 00913=60;00967=40.',
      ],
      [
        { loai_ma: "cu", ty_le: '"00913=60;00913=40"' },
        "ty_le",
        "The commune 00913 is listed twice in the shares.",
      ],
      [
        { loai_ma: "cu", ty_le: '"00913=0;00967=40"' },
        "ty_le",
        "The share of commune 00913 must be more than 0.",
      ],
      [
        { loai_ma: "moi", ty_le: '"00913=60;00967=40"' },
        "ty_le",
        "Shares only apply to an old commune code; set loai_ma to cu or leave ty_le empty.",
      ],
    ]
    for (const [cells, column, message] of cases) {
      const errors = errorsOf(parse(oneRow(cells)))
      expect({ cells, errors }).toEqual({
        cells,
        errors: [{ row: 2, column, message }],
      })
    }
  })

  it("names a cell by the column as the file spells it", () => {
    const text = "Month;Commune_code;Sales_value\n2024-03;4606x;5\n"
    expect(errorsOf(parse(text))).toEqual([
      {
        row: 2,
        column: "Commune_code",
        message:
          '"4606x" is not a commune code; write its 5 digits, e.g. 04606.',
      },
    ])
  })

  it("lists every problem of every row, and stops after 100", () => {
    const text = `${HEADER}\n2030-01,1,moi,x,,,\n2024-03,04606,,5,,,\n`
    expect(errorsOf(parse(text)).map((e) => [e.row, e.column])).toEqual([
      [2, "thang"],
      [2, "doanh_so"],
    ])

    const bad = Array.from({ length: 150 }, () => "2030-01,04606,moi,5,,,")
    const errors = errorsOf(parse(`${HEADER}\n${bad.join("\n")}\n`))
    expect(errors).toHaveLength(101)
    expect(errors[100]).toEqual({
      row: 0,
      column: "",
      message: "…and 50 more problems; fix these and import again.",
    })
  })

  it("refuses a row that repeats an earlier one, and a row with more cells than columns", () => {
    const text =
      `${HEADER}\n` +
      "2024-03,04606,moi,5,htx-a,,\n" +
      "2024-03,4606,new,7,htx-a,,\n" +
      "2024-03,04606,moi,7,htx-b,,\n"
    expect(errorsOf(parse(text))).toEqual([
      {
        row: 3,
        column: "",
        message:
          "This row repeats row 2 (the same month, commune and cooperative); merge them into one.",
      },
    ])
    expect(
      errorsOf(
        parse("thang,ma_xa,doanh_so,ghi_chu\n2024-04,04606,7,Sổ, quý 2\n")
      )
    ).toEqual([
      {
        row: 2,
        column: "",
        message:
          "This row has more cells than the header has columns; put text that holds a comma or semicolon in double quotes.",
      },
    ])
  })

  it("names unknown, repeated and missing columns in the header row", () => {
    expect(
      errorsOf(
        parse("thang,ma_xa,doanh_so,tinh,ghi chu x\n2024-03,04606,5,,\n")
      )
    ).toEqual([
      {
        row: 1,
        column: "tinh, ghi chu x",
        message:
          "Unknown columns tinh, ghi chu x; the columns are thang, ma_xa, loai_ma, doanh_so, ma_htx, ghi_chu and ty_le.",
      },
    ])
    expect(errorsOf(parse("thang,month,ma_xa,doanh_so\n"))).toEqual([
      {
        row: 1,
        column: "month",
        message: "The header names the same column twice (month); keep one.",
      },
    ])
    expect(errorsOf(parse("ma_xa,ghi_chu\n04606,x\n"))).toEqual([
      {
        row: 1,
        column: "thang, doanh_so",
        message:
          "The header has no thang and doanh_so columns; the first row must name the columns.",
      },
    ])
  })

  it("refuses empty files, files without rows, unclosed quotes and files over the limits", () => {
    expect(errorsOf(parse("\uFEFF \r\n"))).toEqual([
      { row: 0, column: "", message: "The file is empty." },
    ])
    expect(errorsOf(parse(`${HEADER}\r\n,,,\r\n`))).toEqual([
      { row: 0, column: "", message: "The file has a header but no rows." },
    ])
    expect(
      errorsOf(
        parse(
          `${HEADER}\n2024-03,04606,moi,5,,ok,\n2024-04,04606,moi,5,,"open\n`
        )
      )
    ).toEqual([
      {
        row: 3,
        column: "",
        message:
          'A quoted cell starting on this row is never closed; check its double quotes (").',
      },
    ])

    const many = Array.from(
      { length: MAX_IMPORT_ROWS + 1 },
      (_, i) => `2024-03,${String(i).padStart(5, "0")},moi,5`
    )
    expect(
      errorsOf(parse(`thang,ma_xa,loai_ma,doanh_so\n${many.join("\n")}`))
    ).toEqual([
      {
        row: 0,
        column: "",
        message: "The file has 5,001 rows; import at most 5,000 at a time.",
      },
    ])
    const fiveThousand = rowsOf(
      parse(`thang,ma_xa,loai_ma,doanh_so\n${many.slice(1).join("\n")}`)
    )
    expect(fiveThousand).toHaveLength(MAX_IMPORT_ROWS)

    const big = `${HEADER}\n2024-03,04606,moi,5,,${"x".repeat(1024 * 1024)},\n`
    expect(errorsOf(parse(big))).toEqual([
      {
        row: 0,
        column: "",
        message: "The file is larger than 1 MB; split it into smaller files.",
      },
    ])
  })

  it("takes the current month in Vietnam's time, where it may already be next month", () => {
    const justAfterMidnightInHanoi = new Date("2026-11-30T17:30:00Z")
    const result = parseRecordedSalesCsv(oneRow({ thang: "2026-12" }), {
      now: justAfterMidnightInHanoi,
    })
    expect(rowsOf(result)[0]?.month).toBe("2026-12")
  })

  it("honours a sep= line before the header", () => {
    const rows = rowsOf(parse("sep=;\nthang;ma_xa;doanh_so\n2024-03;04606;5\n"))
    expect(rows[0]).toMatchObject({ row: 2, sales_value: 5 })
  })

  it("offers a template that reads back cleanly, an old split commune included", () => {
    expect(RECORDED_SALES_TEMPLATE_CSV.startsWith("\uFEFF")).toBe(true)
    expect(parse(RECORDED_SALES_TEMPLATE_CSV)).toEqual({
      rows: [
        {
          row: 2,
          month: "2024-03",
          commune_code: "04606",
          code_kind: "new",
          sales_value: 12_500_000,
          cooperative_handle: null,
          note: "Sổ bán hàng của hợp tác xã",
          shares: null,
        },
        {
          row: 3,
          month: "2024-04",
          commune_code: "00967",
          code_kind: "old",
          sales_value: 8_000_000,
          cooperative_handle: null,
          note: "Khảo sát chương trình, xã Việt Lâm cũ",
          shares: [
            { code: "00913", weight: 60 },
            { code: "00967", weight: 40 },
          ],
        },
      ],
    })
  })
})
