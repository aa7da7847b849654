import { strFromU8, unzipSync } from "fflate"
import { EXPORT_COLUMNS, impactExportFileName } from "../export/commune-columns"
import { toCsv } from "../export/to-csv"
import { toXlsx } from "../export/to-xlsx"
import type { CommuneImpactRow, ExportColumn } from "../export/types"

const tramTau: CommuneImpactRow = {
  commune_code: "04606",
  commune_name: "Xã Trạm Tấu",
  province_code: "15",
  province_name: "Lào Cai",
  sales_value: 152_000_000,
  online_sales_value: 52_000_000,
  recorded_sales_value: 100_000_000,
  orders: 120,
  buyers: 97,
  cooperatives: 2,
  products: 6,
  households: 85,
  households_poor: 30,
  households_near_poor: 12,
  households_ethnic_minority: 80,
  baseline_sales_value: 90_000_000,
  uplift_value: 62_000_000,
  uplift_pct: 68.9,
}

const newCommune: CommuneImpactRow = {
  ...tramTau,
  commune_code: "00913",
  commune_name: "Xã Vị Xuyên",
  province_code: "08",
  province_name: "Tuyên Quang",
  baseline_sales_value: 0,
  uplift_value: 152_000_000,
  uplift_pct: null,
}

type Note = { name: string; note: string | null; value: number | null }
const noteColumns: ExportColumn<Note>[] = [
  { key: "name", header: "Tên / Name", kind: "text" },
  { key: "note", header: "Ghi chú / Note", kind: "text" },
  { key: "value", header: "Giá trị / Value", kind: "integer" },
]

describe("the commune export as CSV", () => {
  it("starts with a BOM, heads each column in Vietnamese and English, and ends lines with CRLF", () => {
    const csv = toCsv(EXPORT_COLUMNS, [tramTau, newCommune])
    expect(csv.startsWith("\uFEFF")).toBe(true)
    const lines = csv.slice(1).split("\r\n")
    expect(lines).toHaveLength(4)
    expect(lines[3]).toBe("")
    expect(lines[0]).toBe(
      [
        "Mã xã / Commune code",
        '"Xã, phường / Commune"',
        "Mã tỉnh / Province code",
        '"Tỉnh, thành phố / Province"',
        "Doanh số (đ) / Sales value (VND)",
        "Doanh số trực tuyến (đ) / Online sales value (VND)",
        "Doanh số ghi nhận (đ) / Recorded sales value (VND)",
        "Số đơn hàng / Orders",
        "Số người mua / Buyers",
        "Số HTX / Cooperatives",
        "Số sản phẩm / Products",
        "Số hộ thành viên / Households",
        "Hộ nghèo / Poor households",
        "Hộ cận nghèo / Near-poor households",
        "Hộ dân tộc thiểu số / Ethnic-minority households",
        "Doanh số kỳ gốc (đ) / Baseline sales value (VND)",
        "Mức tăng (đ) / Uplift (VND)",
        "Mức tăng (%) / Uplift (%)",
      ].join(",")
    )
    expect(lines[1]).toBe(
      "04606,Xã Trạm Tấu,15,Lào Cai,152000000,52000000,100000000,120,97,2,6,85,30,12,80,90000000,62000000,68.9"
    )
    expect(lines[2]?.endsWith(",0,152000000,")).toBe(true)
  })

  it("quotes commas, quotes and line breaks the way RFC 4180 says", () => {
    const csv = toCsv(noteColumns, [
      { name: 'HTX "Mây Tre"', note: "Sổ bán hàng, quý 1\nvà quý 2", value: 5 },
      { name: "HTX Sơn La", note: null, value: null },
    ])
    expect(csv).toBe(
      "\uFEFFTên / Name,Ghi chú / Note,Giá trị / Value\r\n" +
        '"HTX ""Mây Tre""","Sổ bán hàng, quý 1\nvà quý 2",5\r\n' +
        "HTX Sơn La,,\r\n"
    )
  })

  it("keeps a formula in a name from running when the file is opened", () => {
    const csv = toCsv(noteColumns, [
      { name: '=HYPERLINK("http://x","y")', note: "+1", value: -5 },
      { name: "-2", note: "@SUM(A1)", value: 0 },
      { name: "\tTab", note: "\rCR", value: 1 },
    ])
    const rows = csv.slice(1).split("\r\n").slice(1, 4)
    expect(rows).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")",'+1,-5`,
      "'-2,'@SUM(A1),0",
      `'\tTab,"'\rCR",1`,
    ])
  })

  it("names the file after the period", () => {
    expect(
      impactExportFileName({ from: "2025-12-01", to: "2026-11-30" }, "csv")
    ).toBe("tac-dong-2025-12-01-2026-11-30.csv")
  })
})

/** The workbook's parts as text, and its shared strings in order. */
async function openXlsx(buffer: Buffer) {
  const files = unzipSync(new Uint8Array(buffer))
  const text = (name: string) => {
    const file = files[name]
    if (!file) throw new Error(`The workbook has no ${name}`)
    return strFromU8(file)
  }
  const shared = [
    ...text("xl/sharedStrings.xml").matchAll(/<t[^>]*>([^<]*)<\/t>/g),
  ].map((m) => unescape(m[1] ?? ""))
  const sheet = text("xl/worksheets/sheet1.xml")
  /** Every cell as what a spreadsheet shows: a string or a number, and its style index. */
  const cells = new Map<string, { value: string | number; style: number }>()
  for (const m of sheet.matchAll(
    /<c r="([A-Z]+\d+)"(?: s="(\d+)")?(?: t="(s)")?><v>([^<]*)<\/v><\/c>/g
  )) {
    const [, ref = "", style = "0", type, raw = ""] = m
    cells.set(ref, {
      value: type === "s" ? (shared[Number(raw)] ?? "") : Number(raw),
      style: Number(style),
    })
  }
  return { files, text, sheet, cells }
}

function unescape(xml: string): string {
  return xml
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
}

describe("the commune export as an Excel workbook", () => {
  it("is a zip of the parts Excel needs", async () => {
    const buffer = await toXlsx("Tác động", EXPORT_COLUMNS, [tramTau])
    expect(buffer.subarray(0, 2).toString("latin1")).toBe("PK")
    const { files, text } = await openXlsx(buffer)
    expect(Object.keys(files).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
    ])
    expect(text("xl/workbook.xml")).toContain(
      '<sheet name="Tác động" sheetId="1" r:id="rId1"/>'
    )
  })

  it("holds the headers as text and the figures as numbers shown #,##0", async () => {
    const { cells, text } = await openXlsx(
      await toXlsx("Tác động", EXPORT_COLUMNS, [tramTau, newCommune])
    )
    expect(cells.get("A1")).toEqual({ value: "Mã xã / Commune code", style: 1 })
    expect(cells.get("E1")).toEqual({
      value: "Doanh số (đ) / Sales value (VND)",
      style: 1,
    })
    expect(cells.get("A2")).toEqual({ value: "04606", style: 0 })
    expect(cells.get("B2")).toEqual({ value: "Xã Trạm Tấu", style: 0 })
    expect(cells.get("E2")).toEqual({ value: 152_000_000, style: 2 })
    expect(cells.get("R2")).toEqual({ value: 68.9, style: 3 })
    expect(cells.get("A3")).toEqual({ value: "00913", style: 0 })
    expect(cells.has("R3")).toBe(false)

    const styles = text("xl/styles.xml")
    const xfs = [
      ...(/<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)?.[1] ?? "").matchAll(
        /<xf [^>]*>/g
      ),
    ].map((m) => m[0])
    expect(xfs[1]).toContain('fontId="1"')
    expect(styles).toMatch(/<fonts count="2">.*<font><b\/>/)
    expect(xfs[2]).toContain('numFmtId="3"') // built-in #,##0
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="#,##0.0"/>')
    expect(xfs[3]).toContain('numFmtId="164"')
  })

  it("freezes the header row, filters on it, and sizes every column", async () => {
    const { sheet } = await openXlsx(
      await toXlsx("Tác động", EXPORT_COLUMNS, [tramTau])
    )
    expect(sheet).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
    )
    expect(sheet).toContain('<autoFilter ref="A1:R2"/>')
    const widths = [
      ...sheet.matchAll(/<col min="(\d+)" max="\d+" width="(\d+)"/g),
    ].map((m) => Number(m[2]))
    expect(widths).toHaveLength(EXPORT_COLUMNS.length)
    for (const width of widths) {
      expect(width).toBeGreaterThanOrEqual(8)
      expect(width).toBeLessThanOrEqual(50)
    }
  })

  it("keeps text that looks like XML or a formula as plain text, and tidies the sheet name", async () => {
    const { cells, text } = await openXlsx(
      await toXlsx("Tác động: 2025/12 – 2026/11 [tỉnh]", noteColumns, [
        { name: "<HTX & Co>", note: "=1+1", value: 1234567 },
        { name: "Bell\u0007", note: null, value: null },
      ])
    )
    expect(cells.get("A2")?.value).toBe("<HTX & Co>")
    expect(cells.get("B2")?.value).toBe("=1+1")
    expect(cells.get("C2")).toEqual({ value: 1_234_567, style: 2 })
    expect(cells.get("A3")?.value).toBe("Bell")
    expect(cells.has("B3")).toBe(false)
    const name =
      /<sheet name="([^"]*)"/.exec(text("xl/workbook.xml"))?.[1] ?? ""
    expect(name.length).toBeLessThanOrEqual(31)
    expect(name).not.toMatch(/[\\/?*[\]:]/)
  })

  it("writes a workbook with only the header when there are no communes", async () => {
    const { cells, sheet } = await openXlsx(
      await toXlsx("Tác động", EXPORT_COLUMNS, [])
    )
    expect(cells.size).toBe(EXPORT_COLUMNS.length)
    expect(sheet).toContain('<dimension ref="A1:R1"/>')
  })
})
