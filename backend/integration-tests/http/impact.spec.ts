import { rebuildAllOrderSales } from "@cho-phien/impact/lib/sql/refresh"
import {
  DEMO_OFFICER_EMAIL,
  DEMO_PASSWORD,
  DEMO_SELLER_EMAIL,
  seedDemoOfficer,
  seedDemoOperator,
  seedDemoSeller,
} from "@cho-phien/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import {
  FIXTURE_COOPERATIVES,
  seedFixtureShop,
} from "../helpers/catalogue-fixtures"
import { HANOI_ADDRESS } from "../helpers/checkout-fixtures"
import {
  type Api,
  type Response,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(420 * 1000)

const quiet = { info: () => undefined }

type Figures = {
  sales_value: number
  online_sales_value: number
  recorded_sales_value: number
  orders: number
  buyers: number
  cooperatives: number
  products: number
  households: number
  households_poor: number
  households_near_poor: number
  households_ethnic_minority: number
  baseline_sales_value: number
  uplift_value: number
  uplift_pct: number | null
}
type CommuneRow = Figures & {
  commune_code: string
  commune_name: string
  province_code: string
}
type CommuneTable = {
  period: { from: string; to: string }
  baseline: { from: string; to: string }
  communes: CommuneRow[]
  provinces: (Figures & { province_code: string })[]
  total: Figures
}

/** "YYYY-MM" of the month `offset` months from the current one, in Vietnam. */
const monthFromNow = (offset: number): string => {
  const now = new Date(Date.now() + 7 * 3600 * 1000)
  const d = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1)
  )
  return d.toISOString().slice(0, 7)
}

const householdsOf = (handle: string) => {
  const found = FIXTURE_COOPERATIVES.find((c) => c.handle === handle)
  if (!found) {
    throw new Error(`No fixture cooperative ${handle}`)
  }
  return found.households
}

/** The uplift in per cent as the definition reads: one decimal, null on a zero baseline. */
const pct = (sales: number, baseline: number): number | null =>
  baseline === 0
    ? null
    : Math.round(((sales - baseline) / baseline) * 1000) / 10

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as unknown as Api
    let testNumber = 0
    const client = sellerClient(api, () => `10.8.0.${testNumber}`)
    let store: { headers: Record<string, string> }
    let regionId: string
    let cooperativeIds: Record<string, string>
    let admin: string
    let seller: string
    let officer: string

    beforeEach(() => {
      testNumber += 1
    })

    const container = (): MedusaContainer => getContainer()

    const variantOf = async (handle: string): Promise<string> => {
      const query = container().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.id"],
        filters: { handle },
      })
      return (data[0] as { variants: { id: string }[] }).variants[0]
        ?.id as string
    }

    /** A buyer's cart, standard delivery for each cooperative, cash on delivery: the orders. */
    const buy = async (
      email: string,
      lines: [string, number][]
    ): Promise<Record<string, { id: string; item_total: number }>> => {
      const cart = await api.post(
        "/store/carts",
        { region_id: regionId, email, shipping_address: HANOI_ADDRESS },
        store
      )
      const cartId = (cart.data.cart as { id: string }).id
      for (const [handle, quantity] of lines) {
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: await variantOf(handle), quantity },
          store
        )
      }
      const options = await api.get(
        `/store/shipping-options?cart_id=${cartId}`,
        store
      )
      for (const option of options.data.shipping_options as {
        id: string
        service: string
        provider_id: string
      }[]) {
        if (
          option.service === "standard" &&
          option.provider_id.startsWith("vnpost")
        ) {
          await api.post(
            `/store/carts/${cartId}/shipping-methods`,
            { option_id: option.id },
            store
          )
        }
      }
      const placed = await api.post(
        `/store/carts/${cartId}/checkout`,
        { payment_provider_id: "pp_cod_cod" },
        store
      )
      const orders = (
        placed.data.checkout as {
          orders: {
            id: string
            item_total: number
            cooperative: { handle: string }
          }[]
        }
      ).orders
      return Object.fromEntries(
        orders.map((o) => [
          o.cooperative.handle,
          { id: o.id, item_total: o.item_total },
        ])
      )
    }

    const paymentOf = async (orderId: string): Promise<string> => {
      const query = container().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["payment_collections.payments.id"],
        filters: { id: orderId },
      })
      const order = data[0] as {
        payment_collections: { payments: { id: string }[] }[]
      }
      return order.payment_collections[0]?.payments[0]?.id as string
    }

    const communes = async (token: string, query = ""): Promise<Response> =>
      client.get(`/officer/impact/communes${query}`, token)

    const table = async (query = ""): Promise<CommuneTable> => {
      const response = await communes(officer, query)
      expect(response.status).toBe(200)
      return response.data as unknown as CommuneTable
    }

    /** Waits (up to 20 s) for the subscribers to bring a commune's figures to the expected. */
    const until = async (
      check: (t: CommuneTable) => boolean
    ): Promise<CommuneTable> => {
      let latest = await table()
      for (let i = 0; i < 40 && !check(latest); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        latest = await table()
      }
      return latest
    }

    const row = (t: CommuneTable, code: string): CommuneRow | undefined =>
      t.communes.find((c) => c.commune_code === code)

    beforeAll(async () => {
      const shop = await seedFixtureShop(container())
      store = { headers: { "x-publishable-api-key": shop.publishableKey } }
      regionId = shop.regionId
      cooperativeIds = shop.cooperativeIds
      await seedDemoOperator(container(), { logger: quiet })
      await seedDemoSeller(container(), {
        logger: quiet,
        cooperativeHandle: "htx-tram-tau",
      })
      await seedDemoOfficer(container(), { logger: quiet })
      admin = await client.signInOperator()
      const sellerSignIn = await client.post(
        "/auth/seller/emailpass",
        { email: DEMO_SELLER_EMAIL, password: DEMO_PASSWORD },
        undefined
      )
      seller = sellerSignIn.data.token as string
      const officerSignIn = await client.post(
        "/auth/officer/emailpass",
        { email: DEMO_OFFICER_EMAIL, password: DEMO_PASSWORD },
        undefined
      )
      officer = officerSignIn.data.token as string
    })

    it("reconciles every figure with the orders, captures, refunds, cancellations and recorded sales", async () => {
      const tramTau = "04606"
      const mocChau = "03980"
      const chiengHac = "04078"
      const baselineMonth = monthFromNow(-13)
      const periodMonth = monthFromNow(-1)

      // Six checkouts by four buyers; Lan buys twice.
      const lan1 = await buy("lan@example.vn", [
        ["tao-meo-ocop", 2],
        ["dau-tay-moc-chau", 1],
      ])
      const minh = await buy("minh@example.vn", [
        ["tao-meo-ocop", 1],
        ["nep-tu-le", 1],
      ])
      const hoa = await buy("hoa@example.vn", [["dau-tay-moc-chau", 3]])
      const lan2 = await buy("LAN@example.vn", [["tao-meo-ocop", 1]])
      const refused = await buy("tuan@example.vn", [["nep-tu-le", 2]])
      const uncollected = await buy("vy@example.vn", [["dau-tay-moc-chau", 1]])

      const ordersOf = (
        placed: Record<string, { id: string }>,
        handle: string
      ) => placed[handle]?.id as string

      // Nothing is a sale before the cash comes back.
      const before = await table()
      expect(row(before, tramTau)?.online_sales_value).toBe(0)

      // The Trạm Tấu cooperative records its couriers' cash; the operator captures Mộc Châu's.
      for (const placed of [lan1, minh, lan2]) {
        const collected = await client.post(
          `/seller/orders/${ordersOf(placed, "htx-tram-tau")}/cod-collected`,
          {},
          seller
        )
        expect(collected.status).toBe(200)
      }
      for (const placed of [lan1, hoa]) {
        const payment = await paymentOf(ordersOf(placed, "htx-moc-chau"))
        const captured = await client.post(
          `/admin/payments/${payment}/capture`,
          {},
          admin
        )
        expect(captured.status).toBe(200)
      }
      // 50.000 ₫ refunded on Minh's order; Tuấn refused his parcel: the order is cancelled.
      const refund = await client.post(
        `/admin/payments/${await paymentOf(ordersOf(minh, "htx-tram-tau"))}/refund`,
        { amount: 50000 },
        admin
      )
      expect(refund.status).toBe(200)
      const cancelled = await client.post(
        `/admin/orders/${ordersOf(refused, "htx-tram-tau")}/cancel`,
        {},
        admin
      )
      expect(cancelled.status).toBe(200)
      expect(ordersOf(uncollected, "htx-moc-chau")).toBeTruthy()

      // Recorded sales: Trạm Tấu's sales book; an old Sơn La commune that was split in two
      // (Xã Chiềng Hắc, 04012 → 04078 and 03980), equal shares by default, 60/40 by import.
      const entered = await client.post(
        "/officer/impact/recorded-sales",
        {
          month: baselineMonth,
          commune_code: tramTau,
          sales_value: 500000,
          cooperative_id: cooperativeIds["htx-tram-tau"],
          note: "Sổ bán hàng",
        },
        officer
      )
      expect(entered.status).toBe(201)
      const split = await client.post(
        "/officer/impact/recorded-sales",
        {
          month: baselineMonth,
          commune_code: "04012",
          code_kind: "old",
          sales_value: 1000001,
        },
        officer
      )
      expect(split.status).toBe(201)
      expect(
        (
          split.data.recorded_sales as {
            commune_code: string
            sales_value: number
          }[]
        )
          .map((r) => [r.commune_code, r.sales_value])
          .sort()
      ).toEqual([
        [mocChau, 500000],
        [chiengHac, 500001],
      ])
      const imported = await client.post(
        "/officer/impact/recorded-sales/import",
        {
          csv: [
            "thang;ma_xa;loai_ma;doanh_so;ghi_chu;ty_le",
            `${baselineMonth};04012;cu;2.000.000;Khảo sát;"04078=60;03980=40"`,
            `${periodMonth};03980;moi;300000;Chợ phiên;`,
          ].join("\r\n"),
        },
        officer
      )
      expect([imported.status, imported.data]).toEqual([
        201,
        { created: 3, rows: 2 },
      ])

      // Independently: each order's goods (unit price × quantity), less refunds, once captured.
      const tt = {
        sales: 240000 + (340000 - 50000) + 120000,
        orders: 3,
        buyers: 2,
      }
      const mc = { sales: 95000 + 285000, orders: 2, buyers: 2 }
      const ttBaseline = 500000
      const mcBaseline = 500000 + 800000
      const chBaseline = 500001 + 1200000
      const t = await until(
        (x) =>
          row(x, tramTau)?.online_sales_value === tt.sales &&
          row(x, mocChau)?.online_sales_value === mc.sales
      )
      const ttHouseholds = householdsOf("htx-tram-tau")
      expect(row(t, tramTau)).toEqual({
        commune_code: tramTau,
        commune_name: "Xã Trạm Tấu",
        province_code: "15",
        province_name: "Lào Cai",
        sales_value: tt.sales,
        online_sales_value: tt.sales,
        recorded_sales_value: 0,
        orders: tt.orders,
        buyers: tt.buyers,
        cooperatives: 1,
        products: 2,
        households: ttHouseholds.total,
        households_poor: ttHouseholds.poor,
        households_near_poor: ttHouseholds.near_poor,
        households_ethnic_minority: ttHouseholds.ethnic_minority,
        baseline_sales_value: ttBaseline,
        uplift_value: tt.sales - ttBaseline,
        uplift_pct: pct(tt.sales, ttBaseline),
      })
      expect(row(t, mocChau)).toMatchObject({
        sales_value: mc.sales + 300000,
        online_sales_value: mc.sales,
        recorded_sales_value: 300000,
        orders: mc.orders,
        buyers: mc.buyers,
        cooperatives: 1,
        products: 1,
        baseline_sales_value: mcBaseline,
        uplift_value: mc.sales + 300000 - mcBaseline,
        uplift_pct: pct(mc.sales + 300000, mcBaseline),
      })
      expect(row(t, chiengHac)).toMatchObject({
        sales_value: 0,
        orders: 0,
        cooperatives: 0,
        households: 0,
        baseline_sales_value: chBaseline,
        uplift_pct: -100,
      })
      // Communes of cooperatives that are not active are not listed.
      expect(row(t, "04630")).toBeUndefined()
      expect(
        t.provinces.map((p) => [p.province_code, p.sales_value, p.buyers])
      ).toEqual(
        expect.arrayContaining([
          ["15", tt.sales, 2],
          ["14", mc.sales + 300000, 2],
        ])
      )
      expect(t.total).toMatchObject({
        sales_value: tt.sales + mc.sales + 300000,
        orders: tt.orders + mc.orders,
        // Lan, Minh and Hoa: Lan bought from both cooperatives and twice in Trạm Tấu.
        buyers: 3,
        cooperatives: 2,
        baseline_sales_value: ttBaseline + mcBaseline + chBaseline,
      })

      // The commune's page: months add up, products before refunds, its cooperative.
      const detail = await client.get(
        `/officer/impact/communes/${tramTau}`,
        officer
      )
      expect(detail.status).toBe(200)
      const months = detail.data.months as {
        month: string
        sales_value: number
        online_sales_value: number
        recorded_sales_value: number
        orders: number
      }[]
      expect(months).toHaveLength(24)
      expect(months.reduce((s, m) => s + m.online_sales_value, 0)).toBe(
        tt.sales
      )
      expect(
        months.find((m) => m.month === baselineMonth)?.recorded_sales_value
      ).toBe(ttBaseline)
      expect(
        (
          detail.data.products as {
            title: string
            quantity: number
            item_value: number
          }[]
        )
          .map((p) => [p.quantity, p.item_value])
          .sort()
      ).toEqual([
        [1, 220000],
        [4, 480000],
      ])
      expect(detail.data.cooperatives).toEqual([
        expect.objectContaining({
          handle: "htx-tram-tau",
          sales_value: tt.sales,
          baseline_sales_value: ttBaseline,
          orders: 3,
          buyers: 2,
          programmes: [],
        }),
      ])

      // Province series and exports say the same.
      const series = await client.get(
        "/officer/impact/series?province=14",
        officer
      )
      expect(
        (series.data.months as { sales_value: number; month: string }[])
          .filter((m) => m.month >= t.period.from.slice(0, 7))
          .reduce((s, m) => s + m.sales_value, 0)
      ).toBe(mc.sales + 300000)
      const csv = await client.get("/officer/impact/export.csv", officer)
      expect(String(csv.data)).toContain(
        `${tramTau},Xã Trạm Tấu,15,Lào Cai,${tt.sales},${tt.sales},0,3,2,1,2`
      )

      // A programme: only tagged cooperatives count.
      const tagged = await client.post(
        `/admin/cooperatives/${cooperativeIds["htx-moc-chau"]}/programmes`,
        { programmes: ["qd-1719"] },
        admin
      )
      expect(tagged.data).toEqual({
        cooperative_id: cooperativeIds["htx-moc-chau"],
        programmes: ["qd-1719"],
      })
      const byProgramme = await table("?programme=qd-1719")
      expect(byProgramme.total).toMatchObject({
        online_sales_value: mc.sales,
        // Recorded sales without a cooperative belong to no programme.
        recorded_sales_value: 0,
        orders: 2,
      })

      // Rebuilding the whole summary from the orders changes nothing.
      await rebuildAllOrderSales(
        container().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      )
      const rebuilt = await table()
      expect(rebuilt.communes).toEqual(t.communes)
    })

    it("refuses bad periods and inputs with a sentence", async () => {
      const cases: [string, RegExp][] = [
        ["?from=2026-02-30", /real day/],
        ["?from=2026-05-01&to=2026-01-01", /must not come after/],
        ["?from=2015-01-01&to=2026-01-01", /at most 5 years/],
        ["?baseline_from=2024-01-01", /both baseline_from and baseline_to/],
        ["?province=7", /two-digit/],
        ["?programme=khac", /programme is one of/],
        ["?sort=name", /Unknown parameter: sort/],
      ]
      for (const [query, message] of cases) {
        const response = await communes(officer, query)
        expect([query, response.status]).toEqual([query, 400])
        expect(response.data.message).toMatch(message)
      }
      const future = await client.post(
        "/officer/impact/recorded-sales",
        { month: monthFromNow(2), commune_code: "04606", sales_value: 1 },
        officer
      )
      expect([future.status, future.data.message]).toEqual([
        400,
        `${monthFromNow(2)} has not happened yet; recorded sales are for past months.`,
      ])
      const countRecorded = async () =>
        (await client.get("/officer/impact/recorded-sales", officer)).data
          .count as number
      const recordedBefore = await countRecorded()
      const badCsv = await client.post(
        "/officer/impact/recorded-sales/import",
        {
          csv: "thang,ma_xa,doanh_so\n2024-13,0460,abc\n2024-01,04606,5\n2024-02,99999,5\n",
        },
        officer
      )
      expect(badCsv.status).toBe(400)
      const errors = badCsv.data.errors as { row: number; column: string }[]
      expect(errors.map((e) => [e.row, e.column])).toEqual(
        expect.arrayContaining([
          [2, "thang"],
          [2, "doanh_so"],
        ])
      )
      // All rows or none: the good row of the file was not kept either.
      expect(await countRecorded()).toBe(recordedBefore)
    })

    it("lets an officer read only their provinces, and nobody else read at all", async () => {
      const created = await client.post(
        "/admin/officers",
        {
          email: "can.bo.son.la@example.vn",
          name: "Cầm Thị Hoa",
          password: "mat-khau-son-la",
          province_codes: ["14"],
        },
        admin
      )
      expect(created.status).toBe(201)
      const signIn = await client.post(
        "/auth/officer/emailpass",
        { email: "can.bo.son.la@example.vn", password: "mat-khau-son-la" },
        undefined
      )
      const sonLa = signIn.data.token as string

      const own = await communes(sonLa)
      expect(own.status).toBe(200)
      const rows = (own.data as unknown as CommuneTable).communes
      expect(rows.length).toBeGreaterThan(0)
      expect(new Set(rows.map((c) => c.province_code))).toEqual(new Set(["14"]))
      expect(
        (own.data as unknown as CommuneTable).provinces.map(
          (p) => p.province_code
        )
      ).toEqual(["14"])

      for (const url of [
        "/officer/impact/communes?province=15",
        "/officer/impact/communes/04606",
        "/officer/impact/series?province=15",
        "/officer/impact/export.csv?province=15",
        "/officer/impact/export.xlsx?province=15",
        "/officer/impact/recorded-sales?province=15",
      ]) {
        const response = await client.get(url, sonLa)
        expect([url, response.status]).toEqual([url, 403])
        expect(response.data.message).toMatch(
          /outside the provinces your officer account may read/
        )
      }
      const write = await client.post(
        "/officer/impact/recorded-sales",
        { month: monthFromNow(-3), commune_code: "04606", sales_value: 1000 },
        sonLa
      )
      expect(write.status).toBe(403)
      const theirs = await client.post(
        "/officer/impact/recorded-sales",
        { month: monthFromNow(-3), commune_code: "04606", sales_value: 1000 },
        officer
      )
      const theirId = (theirs.data.recorded_sales as { id: string }[])[0]?.id
      const remove = await client.delete(
        `/officer/impact/recorded-sales/${theirId}`,
        sonLa
      )
      expect(remove.status).toBe(404)
      const listed = await client.get("/officer/impact/recorded-sales", sonLa)
      expect(
        (listed.data.recorded_sales as { province_code: string }[]).every(
          (r) => r.province_code === "14"
        )
      ).toBe(true)

      // Sellers, buyers and strangers: 401 on every officer route.
      const buyer = await client.post(
        "/auth/customer/emailpass/register",
        { email: "nguoi.mua@example.vn", password: "mat-khau-mua" },
        undefined
      )
      for (const token of [seller, buyer.data.token as string, undefined]) {
        for (const url of [
          "/officer/impact/communes",
          "/officer/impact/communes/04606",
          "/officer/impact/export.csv",
          "/officer/impact/recorded-sales",
        ]) {
          const response = await client.get(url, token)
          expect([url, response.status]).toEqual([url, 401])
        }
      }
      const adminOnly = await client.post(
        `/admin/cooperatives/${cooperativeIds["htx-tram-tau"]}/programmes`,
        { programmes: ["qd-1719"] },
        officer
      )
      expect(adminOnly.status).toBe(401)
    })

    it("publishes aggregates without personal data and hides cells of fewer than 3 cooperatives or buyers", async () => {
      const response = await api.get("/store/impact/transparency", store)
      expect(response.status).toBe(200)
      const body = response.data as {
        provinces: {
          hidden: boolean
          sales_value: number | null
          orders: number | null
        }[]
        communes: {
          commune_code: string
          hidden: boolean
          sales_value: number | null
          cooperatives: number | null
          households: number | null
        }[]
        total: { hidden: boolean; sales_value: number | null }
      }
      const text = JSON.stringify(body)
      expect(text).not.toMatch(/@|example\.vn|09\d{8}|buyer_key|email|phone/)
      // Two cooperatives and three buyers in all: every cell stands on fewer than 3 cooperatives.
      const tramTau = body.communes.find((c) => c.commune_code === "04606")
      expect(tramTau).toEqual(
        expect.objectContaining({
          hidden: true,
          sales_value: null,
          cooperatives: null,
          households: null,
        })
      )
      expect(
        body.provinces.every((p) => p.hidden && p.sales_value === null)
      ).toBe(true)
      expect(body.total).toMatchObject({ hidden: true, sales_value: null })
      const bad = await api
        .get("/store/impact/transparency?from=yesterday", store)
        .catch((error: { response: Response }) => error.response)
      expect(bad.status).toBe(400)
    })
  },
})
