import { IMPORT_COLUMNS } from "../columns"
import { ImportFileError, readImportCsv } from "../read-csv"
import { productImportTemplate } from "../template"

const HEADER_LINE = IMPORT_COLUMNS.map((column) => column.header).join(",")

const csv = (text: string): Buffer => Buffer.from(text, "utf8")

const failureOf = (bytes: Buffer): string => {
  try {
    readImportCsv(bytes)
  } catch (error) {
    if (error instanceof ImportFileError) {
      return error.message
    }
    throw error
  }
  throw new Error("The file was accepted.")
}

describe("readImportCsv", () => {
  it("reads the template it serves: BOM, CRLF and Vietnamese headers", () => {
    const rows = readImportCsv(Buffer.from(productImportTemplate(), "utf8"))
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({
      row: 2,
      cells: {
        title: "Táo mèo sấy khô",
        variant_title: "Túi 500 g",
        price: "120000",
        ethnic_group: "Mông",
        status: "nháp",
      },
    })
    expect(rows[1]?.row).toBe(3)
  })

  it("keeps commas, quotes and line breaks inside quoted cells and numbers rows as a spreadsheet does", () => {
    const cells = (title: string, description: string) =>
      IMPORT_COLUMNS.map((column) =>
        column.key === "title"
          ? title
          : column.key === "description"
            ? description
            : ""
      ).join(",")
    const rows = readImportCsv(
      csv(
        `${HEADER_LINE}\r\n${cells('"Mật ong, rừng"', '"Dòng một\r\nDòng ""hai"""')}\r\n\r\n${cells("Chè", "")}\r\n`
      )
    )
    expect(rows.map((row) => row.row)).toEqual([2, 4])
    expect(rows[0]?.cells).toMatchObject({
      title: "Mật ong, rừng",
      description: 'Dòng một\r\nDòng "hai"',
    })
  })

  it("finds columns by header in any order and case, and reads semicolon files", () => {
    const headers = [...IMPORT_COLUMNS].reverse().map((c) => c.header)
    const rows = readImportCsv(
      csv(
        `${headers.map((h) => h.toUpperCase()).join(";")}\n${headers.map((h) => (h === "Tên sản phẩm" ? "Chè" : "")).join(";")}\n`
      )
    )
    expect(rows[0]?.cells.title).toBe("Chè")
  })

  it("explains what is wrong with a file that cannot be used", () => {
    expect(failureOf(Buffer.from([0x54, 0xea, 0x6e, 0x0a]))).toContain(
      "CSV UTF-8"
    )
    expect(failureOf(csv(""))).toContain("Tệp trống")
    expect(failureOf(csv(`${HEADER_LINE}\n`))).toContain("chỉ có dòng tiêu đề")
    expect(failureOf(csv(`${HEADER_LINE},Màu\nChè\n`))).toContain(
      "Cột «Màu» không có trong tệp mẫu"
    )
    expect(
      failureOf(csv(HEADER_LINE.replace(",Giá (đồng)", "") + "\nChè\n"))
    ).toContain("Tệp thiếu cột «Giá (đồng)»")
    expect(failureOf(csv(`${HEADER_LINE}\n"Chè,\n`))).toContain(
      "Không đọc được tệp CSV"
    )
    expect(failureOf(csv(`${HEADER_LINE}\n${"Chè\n".repeat(1001)}`))).toContain(
      "tối đa 1.000 dòng"
    )
  })
})
