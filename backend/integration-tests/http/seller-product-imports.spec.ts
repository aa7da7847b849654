import { seedDemoOperator } from "@cho-phien/seed"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import {
  type Api,
  applicationBody,
  type Response,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(240 * 1000)

const quiet = { info: () => undefined }

const HEADERS = [
  "Tên sản phẩm",
  "Mô tả",
  "Danh mục",
  "Quy cách",
  "Giá (đồng)",
  "Tồn kho",
  "Khối lượng (g)",
  "Dài (cm)",
  "Rộng (cm)",
  "Cao (cm)",
  "Tháng thu hoạch",
  "Dân tộc",
  "Câu chuyện (tiếng Việt)",
  "Câu chuyện (tiếng Anh)",
  "Trạng thái",
]

type Import = {
  id: string
  status: string
  total_rows: number
  valid_rows: number
  processed: number
  created: number
  failed: number
  errors: { row: number; column: string; message: string }[]
  created_at: string
}

type SellerProduct = {
  id: string
  title: string
  description: string | null
  status: string
  variants: { id: string; title: string; inventory_quantity: number | null }[]
  origin: { commune_code: string; ethnic_group: string } | null
}

/** A CSV line from cells in template order; cells with commas, quotes or breaks are quoted. */
const line = (cells: string[]): string =>
  cells
    .map((cell) =>
      /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell
    )
    .join(",")

const productRow = (
  title: string,
  variant: string,
  overrides: Partial<Record<string, string>> = {}
): string[] => {
  const cells: Record<string, string> = {
    "Tên sản phẩm": title,
    "Mô tả": "Làm tại bản.",
    "Danh mục": "kho-say",
    "Quy cách": variant,
    "Giá (đồng)": "120000",
    "Tồn kho": "12",
    "Khối lượng (g)": "550",
    "Dài (cm)": "20",
    "Rộng (cm)": "15",
    "Cao (cm)": "8",
    "Tháng thu hoạch": "11-12-1",
    "Dân tộc": "Mông",
    "Câu chuyện (tiếng Việt)": "Bà con hái trên núi.",
    "Câu chuyện (tiếng Anh)": "Picked on the mountain.",
    "Trạng thái": "đăng bán",
    ...overrides,
  }
  return HEADERS.map((header) => cells[header] ?? "")
}

const csvOf = (rows: string[][]): Buffer =>
  Buffer.from(
    "\uFEFF" + [HEADERS, ...rows].map(line).join("\r\n") + "\r\n",
    "utf8"
  )

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let testNumber = 0
    let publishableKey: string
    let regionId: string
    const client = sellerClient(api as Api, () => `10.4.0.${testNumber}`)

    beforeEach(async () => {
      testNumber += 1
      const seeded = await seedFixtureShop(getContainer())
      publishableKey = seeded.publishableKey
      regionId = seeded.regionId
      await seedDemoOperator(getContainer(), { logger: quiet })
    })

    /** Registers, applies, optionally gets approved, and signs in: a seller token. */
    const onboard = async (
      handle: string,
      approve = true
    ): Promise<{ token: string; cooperativeId: string }> => {
      const email = `${handle}@seller.example.vn`
      const registration = await client.register(email)
      const applied = await client.post(
        "/seller/cooperatives",
        applicationBody(handle),
        registration
      )
      expect(applied.status).toBe(201)
      const cooperativeId = (applied.data.cooperative as { id: string }).id
      if (approve) {
        const operator = await client.signInOperator()
        const approved = await client.post(
          `/admin/cooperatives/${cooperativeId}/approve`,
          {},
          operator
        )
        expect(approved.status).toBe(200)
      }
      return { token: await client.signIn(email), cooperativeId }
    }

    const upload = (
      bytes: Buffer,
      token: string,
      name = "san-pham.csv"
    ): Promise<Response> => {
      const form = new FormData()
      form.append(
        "file",
        new Blob([new Uint8Array(bytes)], { type: "text/csv" }),
        name
      )
      return api
        .post("/seller/product-imports", form, client.headers(token))
        .catch((error: { response: Response }) => error.response)
    }

    /** Polls the import until the background job has finished with it. */
    const finished = async (id: string, token: string): Promise<Import> => {
      for (let attempt = 0; attempt < 120; attempt += 1) {
        const response = await client.get(
          `/seller/product-imports/${id}`,
          token
        )
        expect(response.status).toBe(200)
        const record = response.data.import as Import
        if (record.status === "done" || record.status === "failed") {
          return record
        }
        await new Promise((resolve) => setTimeout(resolve, 500))
      }
      throw new Error(`Import ${id} did not finish.`)
    }

    const productsOf = async (token: string): Promise<SellerProduct[]> => {
      const response = await client.get("/seller/products?limit=50", token)
      expect(response.status).toBe(200)
      return response.data.products as SellerProduct[]
    }

    it("serves the template as UTF-8 CSV with a BOM, Vietnamese headers and two example rows", async () => {
      const { token } = await onboard("htx-mau")
      const response = (await api.get("/seller/product-imports/template.csv", {
        ...client.headers(token),
        responseType: "arraybuffer",
      } as never)) as unknown as {
        status: number
        headers: Record<string, string>
        data: ArrayBuffer
      }
      expect(response.status).toBe(200)
      expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8")
      expect(response.headers["content-disposition"]).toContain(".csv")
      const bytes = Buffer.from(response.data)
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const lines = bytes.subarray(3).toString("utf8").trimEnd().split("\r\n")
      expect(lines[0]).toBe(HEADERS.join(","))
      expect(lines).toHaveLength(3)
      expect(lines[1]).toContain("Táo mèo sấy khô,")

      const anonymous = await client.get("/seller/product-imports/template.csv")
      expect(anonymous.status).toBe(401)
    })

    it("reports each bad row, imports the good ones in the background with stock at the cooperative's own location", async () => {
      const { token, cooperativeId } = await onboard("htx-nhap-csv")
      const response = await upload(
        csvOf([
          productRow("Táo mèo sấy dẻo", "Túi 500 g", { "Tồn kho": "25" }),
          productRow("Táo mèo sấy dẻo", "Túi 1 kg", {
            "Giá (đồng)": "220.000",
            "Tồn kho": "5",
          }),
          productRow("Chè shan tuyết", "Gói 200 g", {
            "Giá (đồng)": "mười nghìn",
          }),
          [],
          productRow("Mật ong bạc hà", "Chai 500 ml", {
            "Dân tộc": "Không rõ",
            "Tháng thu hoạch": "13",
          }),
        ]),
        token
      )
      expect(response.status).toBe(202)
      const queued = response.data.import as Import
      expect(queued).toMatchObject({
        id: expect.stringMatching(/^import_/),
        total_rows: 4,
        valid_rows: 2,
        errors: [
          {
            row: 4,
            column: "Giá (đồng)",
            message:
              "Cột «Giá (đồng)» phải là số nguyên từ 1 đến 100.000.000, ví dụ 120000.",
          },
          {
            row: 6,
            column: "Tháng thu hoạch",
            message:
              "Cột «Tháng thu hoạch» là các tháng từ 1 đến 12, nối bằng gạch ngang, ví dụ 11-12-1.",
          },
          {
            row: 6,
            column: "Dân tộc",
            message:
              "Cột «Dân tộc»: «Không rõ» không phải một trong 54 dân tộc; ghi tên dân tộc, ví dụ Mông, Thái, Dao.",
          },
        ],
      })
      expect(["queued", "processing", "done"]).toContain(queued.status)
      expect(Date.parse(queued.created_at)).not.toBeNaN()

      const done = await finished(queued.id, token)
      expect(done).toMatchObject({
        status: "done",
        processed: 2,
        created: 1,
        failed: 0,
      })
      expect(done.errors).toHaveLength(3)

      const [product, ...others] = await productsOf(token)
      expect(others).toHaveLength(0)
      expect(product).toMatchObject({
        title: "Táo mèo sấy dẻo",
        status: "published",
        origin: { commune_code: "04630", ethnic_group: "mong" },
      })
      expect(
        Object.fromEntries(
          (product?.variants ?? []).map((v) => [v.title, v.inventory_quantity])
        )
      ).toEqual({ "Túi 500 g": 25, "Túi 1 kg": 5 })

      // The stock sits at the cooperative's own location, in its commune, on the store's channel.
      const query = getContainer().resolve("query") as {
        graph: (q: object) => Promise<{ data: Record<string, unknown>[] }>
      }
      const {
        data: [cooperative],
      } = await query.graph({
        entity: "cooperative",
        fields: [
          "name",
          "stock_location.id",
          "stock_location.name",
          "stock_location.address.city",
          "stock_location.address.province",
          "stock_location.sales_channels.id",
        ],
        filters: { id: cooperativeId },
      })
      const location = cooperative?.stock_location as {
        id: string
        name: string
        address: { city: string; province: string }
        sales_channels: { id: string }[]
      }
      expect(location).toMatchObject({
        name: "HTX htx-nhap-csv",
        address: { city: "Xã Tú Lệ", province: "15" },
      })
      expect(location.sales_channels).toHaveLength(1)
      const { data: levels } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory.location_levels.location_id"],
        filters: { id: product?.variants.map((v) => v.id) },
      })
      const locationIds = levels.flatMap((variant) =>
        (
          variant.inventory_items as {
            inventory: { location_levels: { location_id: string }[] }
          }[]
        ).flatMap((item) =>
          item.inventory.location_levels.map((level) => level.location_id)
        )
      )
      expect(locationIds).toEqual([location.id, location.id])

      // A buyer can put it in a cart: the store counts the cooperative's stock as available.
      const store = { headers: { "x-publishable-api-key": publishableKey } }
      const cart = await api.post(
        "/store/carts",
        { region_id: regionId },
        store
      )
      const added = await api
        .post(
          `/store/carts/${(cart.data.cart as { id: string }).id}/line-items`,
          { variant_id: product?.variants[0]?.id, quantity: 2 },
          store
        )
        .catch((error: { response: Response }) => error.response)
      expect(added.status).toBe(200)

      const list = await client.get("/seller/product-imports", token)
      expect(list.status).toBe(200)
      expect((list.data.imports as Import[]).map((i) => i.id)).toEqual([
        queued.id,
      ])
    })

    it("keeps commas, quotes and line breaks inside quoted cells", async () => {
      const { token } = await onboard("htx-ngoac-kep")
      const response = await upload(
        csvOf([
          productRow('Gạo nếp "Tú Lệ", loại 1', "Túi 2 kg", {
            "Mô tả": "Hạt tròn, dẻo.\r\nNấu xôi thơm cả bản.",
            "Trạng thái": "nháp",
          }),
        ]),
        token
      )
      expect(response.status).toBe(202)
      const done = await finished((response.data.import as Import).id, token)
      expect(done).toMatchObject({ status: "done", created: 1, errors: [] })
      const [product] = await productsOf(token)
      expect(product).toMatchObject({
        title: 'Gạo nếp "Tú Lệ", loại 1',
        description: "Hạt tròn, dẻo.\r\nNấu xôi thơm cả bản.",
        status: "draft",
      })
    })

    it("refuses a file with no good row with the whole report, and files that cannot be used", async () => {
      const { token } = await onboard("htx-tep-loi")
      const bad = await upload(
        csvOf([productRow("Chè", "Gói", { "Giá (đồng)": "0" })]),
        token
      )
      expect(bad.status).toBe(400)
      expect(bad.data).toEqual({
        type: "invalid_data",
        message:
          "Không có dòng nào nhập được: 1 lỗi trong 1 dòng. Sửa các dòng được nêu rồi tải tệp lên lại.",
        errors: [
          {
            row: 2,
            column: "Giá (đồng)",
            message:
              "Cột «Giá (đồng)» phải là số nguyên từ 1 đến 100.000.000, ví dụ 120000.",
          },
        ],
      })

      const oversize = await upload(
        Buffer.concat([csvOf([]), Buffer.alloc(2 * 1024 * 1024, 0x20)]),
        token
      )
      expect(oversize.status).toBe(400)
      expect(oversize.data.message).toBe(
        "Tệp lớn hơn 2 MB; chia thành nhiều tệp nhỏ hơn (tối đa 1.000 dòng mỗi tệp)."
      )

      const headerless = await upload(Buffer.from("a,b\n1,2\n"), token)
      expect(headerless.status).toBe(400)
      expect(headerless.data.message).toContain("không có trong tệp mẫu")

      const none = await api
        .post("/seller/product-imports", new FormData(), client.headers(token))
        .catch((error: { response: Response }) => error.response)
      expect(none.status).toBe(400)
      expect(none.data.message).toBe(
        "Chọn một tệp CSV để tải lên (trường «file» của biểu mẫu)."
      )
      expect(
        (await client.get("/seller/product-imports", token)).data
          .imports as Import[]
      ).toEqual([])
    })

    it("refuses an import from a cooperative that is not approved", async () => {
      const { token } = await onboard("htx-chua-duyet", false)
      const response = await upload(
        csvOf([productRow("Chè", "Gói 100 g")]),
        token
      )
      expect(response.status).toBe(400)
      expect(response.data.message).toBe(
        "Hợp tác xã của bạn chưa được duyệt hoặc đang tạm dừng bán, nên chưa nhập được sản phẩm; nhập lại khi hợp tác xã đang hoạt động."
      )
    })

    it("hides one cooperative's imports from another: 404", async () => {
      const first = await onboard("htx-mot")
      const second = await onboard("htx-hai")
      const response = await upload(
        csvOf([productRow("Chè búp", "Gói 100 g")]),
        first.token
      )
      expect(response.status).toBe(202)
      const id = (response.data.import as Import).id
      await finished(id, first.token)

      const stranger = await client.get(
        `/seller/product-imports/${id}`,
        second.token
      )
      expect(stranger.status).toBe(404)
      expect(stranger.data.message).toBe(`Không có lần nhập nào mã ${id}.`)
      expect(
        (await client.get("/seller/product-imports", second.token)).data.imports
      ).toEqual([])
      expect(await productsOf(second.token)).toEqual([])
    })
  },
})
