import type { ImportColumnKey } from "../columns"
import type { ImportRow } from "../read-csv"
import {
  handleFromTitle,
  type ImportContext,
  validateImportRows,
} from "../validate-rows"

const context: ImportContext = {
  commune_code: "04606",
  categories: new Set(["kho-say"]),
  taken_handles: new Set(["mat-ong-rung"]),
}

const good: Partial<Record<ImportColumnKey, string>> = {
  title: "Táo mèo sấy khô",
  description: "Sấy bằng củi.",
  category_handle: "kho-say",
  variant_title: "Túi 500 g",
  price: "120.000",
  stock: "25",
  weight: "550",
  harvest_months: "11-12-1",
  ethnic_group: "Mông",
  story_vi: "Hái trên núi.",
  story_en: "Picked on the mountain.",
  status: "đăng bán",
}

let nextRow = 1
const row = (
  cells: Partial<Record<ImportColumnKey, string>>,
  number = ++nextRow
): ImportRow => ({ row: number, cells, overflow: false })

describe("validateImportRows", () => {
  beforeEach(() => {
    nextRow = 1
  })

  it("groups rows by product title into variants and builds the seller product body", () => {
    const report = validateImportRows(
      [
        row(good),
        row({
          title: "táo mèo  sấy khô",
          variant_title: "Túi 1 kg",
          price: "220000",
        }),
      ],
      context
    )
    expect(report).toMatchObject({ total_rows: 2, valid_rows: 2, errors: [] })
    expect(report.products).toEqual([
      {
        rows: [2, 3],
        title: "Táo mèo sấy khô",
        handle: "tao-meo-say-kho",
        body: {
          product: {
            title: "Táo mèo sấy khô",
            handle: "tao-meo-say-kho",
            description: "Sấy bằng củi.",
            status: "published",
            weight: 550,
            length: undefined,
            width: undefined,
            height: undefined,
            variants: [
              {
                title: "Túi 500 g",
                prices: [{ amount: 120000, currency_code: "vnd" }],
                manage_inventory: true,
                stock: 25,
              },
              {
                title: "Túi 1 kg",
                prices: [{ amount: 220000, currency_code: "vnd" }],
                manage_inventory: true,
                stock: 0,
              },
            ],
          },
          origin: {
            commune_code: "04606",
            ethnic_group: "mong",
            harvest_months: [11, 12, 1],
            story_vi: "Hái trên núi.",
            story_en: "Picked on the mountain.",
          },
          category_handle: "kho-say",
        },
      },
    ])
  })

  it("names the row and column of each bad cell in Vietnamese", () => {
    const report = validateImportRows(
      [
        row({ ...good, title: "Chè", price: "12,5", harvest_months: "13" }),
        row({ ...good, title: "Gạo", ethnic_group: "Klingon", status: "bán" }),
        row({ ...good, title: "", stock: "-1" }),
      ],
      context
    )
    expect(report.valid_rows).toBe(0)
    expect(report.errors).toEqual([
      {
        row: 2,
        column: "Giá (đồng)",
        message:
          "Cột «Giá (đồng)» phải là số nguyên từ 1 đến 100.000.000, ví dụ 120000.",
      },
      {
        row: 2,
        column: "Tháng thu hoạch",
        message:
          "Cột «Tháng thu hoạch» là các tháng từ 1 đến 12, nối bằng gạch ngang, ví dụ 11-12-1.",
      },
      {
        row: 3,
        column: "Dân tộc",
        message:
          "Cột «Dân tộc»: «Klingon» không phải một trong 54 dân tộc; ghi tên dân tộc, ví dụ Mông, Thái, Dao.",
      },
      {
        row: 3,
        column: "Trạng thái",
        message:
          "Cột «Trạng thái» là «nháp» hoặc «đăng bán» (để trống là «nháp»).",
      },
      {
        row: 4,
        column: "Tồn kho",
        message: "Cột «Tồn kho» phải là số nguyên từ 0 đến 100.000, ví dụ 25.",
      },
      {
        row: 4,
        column: "Tên sản phẩm",
        message:
          "Cột «Tên sản phẩm» đang trống; mỗi dòng cần tên sản phẩm (các quy cách của một sản phẩm ghi cùng tên).",
      },
    ])
  })

  it("keeps a product out whole when one of its rows is bad, and says so on its other rows", () => {
    const report = validateImportRows(
      [
        row(good),
        row({ title: good.title, variant_title: "Túi 500 g", price: "1" }),
        row({ ...good, title: "Chè shan tuyết" }),
      ],
      context
    )
    expect(report.valid_rows).toBe(1)
    expect(report.products.map((p) => p.title)).toEqual(["Chè shan tuyết"])
    expect(report.errors).toEqual([
      {
        row: 2,
        column: "",
        message:
          "Dòng này chưa được nhập vì sản phẩm «Táo mèo sấy khô» có lỗi ở dòng 3; sửa rồi tải tệp lên lại.",
      },
      {
        row: 3,
        column: "Quy cách",
        message:
          "Cột «Quy cách»: sản phẩm «Táo mèo sấy khô» đã có quy cách «Túi 500 g» ở dòng 2; mỗi quy cách ghi một dòng.",
      },
    ])
  })

  it("refuses conflicting product cells, missing origin cells, unknown categories and taken names", () => {
    const report = validateImportRows(
      [
        row({ ...good, category_handle: "khong-co" }),
        row({
          title: good.title,
          variant_title: "Túi 1 kg",
          price: "2",
          weight: "600",
        }),
        row({ title: "Mật ong rừng", variant_title: "Chai", price: "300000" }),
      ],
      context
    )
    expect(report.valid_rows).toBe(0)
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "Danh mục"],
      [3, "Khối lượng (g)"],
      [4, "Tháng thu hoạch"],
      [4, "Dân tộc"],
      [4, "Câu chuyện (tiếng Việt)"],
      [4, "Tên sản phẩm"],
    ])
    expect(report.errors[1]?.message).toBe(
      "Cột «Khối lượng (g)» khác với dòng 2 của cùng sản phẩm «Táo mèo sấy khô»; ghi giống dòng đó hoặc để trống."
    )
  })

  it("lets the English story be left empty: the English pages show the Vietnamese one", () => {
    const report = validateImportRows([row({ ...good, story_en: "" })], context)
    expect(report.errors).toEqual([])
    expect(report.products[0]?.body.origin).toMatchObject({
      story_vi: good.story_vi,
      story_en: good.story_vi,
    })
  })

  it("refuses two titles that differ only in accents, since they would share a product address", () => {
    const report = validateImportRows(
      [
        row({ ...good, title: "Chè Shan" }),
        row({ ...good, title: "Che Shan" }),
      ],
      context
    )
    expect(report.products.map((p) => p.title)).toEqual(["Chè Shan"])
    expect(report.errors).toEqual([
      {
        row: 3,
        column: "Tên sản phẩm",
        message:
          "Cột «Tên sản phẩm»: «Che Shan» gần giống tên «Chè Shan» ở dòng 2, nên trùng địa chỉ trang (che-shan); đặt tên khác hẳn, hoặc ghi đúng tên đó nếu là cùng sản phẩm.",
      },
    ])
  })

  it("turns Vietnamese titles into plain handles", () => {
    expect(handleFromTitle("Đậu đỏ Điện Biên – túi 1kg!")).toBe(
      "dau-do-dien-bien-tui-1kg"
    )
  })
})
