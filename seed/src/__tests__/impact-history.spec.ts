import { readFileSync } from "node:fs"
import { join } from "node:path"

import { COOPERATIVES, PRODUCTS } from "../catalogue"
import { HISTORY_BUYERS } from "../impact-buyers"
import {
  BELOW_BASELINE,
  monthAt,
  orderItemTotal,
  planImpactHistory,
  seasonWeight,
  type PlannedOrder,
} from "../impact-history-plan"

type Ward = { Code: string; FullName: string }
type Province = { Code: string; Wards: Ward[] }

const provinces = JSON.parse(
  readFileSync(
    join(
      __dirname,
      "../../../plugins/cooperative-seller/data/vn-admin/units-2025.json"
    ),
    "utf8"
  )
) as Province[]

const NOW = new Date("2026-11-29T08:00:00Z")
const plan = planImpactHistory({
  now: NOW,
  cooperatives: COOPERATIVES,
  products: PRODUCTS,
})
const collected = plan.orders.filter(
  (order): order is PlannedOrder & { collected_at: Date } =>
    order.collected_at !== null
)

/** "YYYY-MM" of an instant, in Vietnam's time. */
const vnMonth = (at: Date): string =>
  new Date(at.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 7)
const monthsOf = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => monthAt(NOW, from + i).month)
const productOf = new Map(PRODUCTS.map((product) => [product.handle, product]))

/** Online sales value per cooperative and month ("YYYY-MM"), counted when the cash came back. */
const onlineByMonth = (handle: string): Map<string, number> => {
  const months = new Map<string, number>()
  for (const order of collected.filter((o) => o.cooperative === handle)) {
    const month = vnMonth(order.collected_at)
    const value = orderItemTotal(order) - (order.refund?.amount ?? 0)
    months.set(month, (months.get(month) ?? 0) + value)
  }
  return months
}
const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0)

describe("the demo sales history", () => {
  it("is the same plan on every run", () => {
    const again = planImpactHistory({
      now: NOW,
      cooperatives: COOPERATIVES,
      products: PRODUCTS,
    })
    expect(again).toEqual(plan)
  })

  it("counts months in Vietnam's time, and the cooperatives joined 12 months before this month", () => {
    expect(monthAt(new Date("2026-11-30T18:00:00Z"), 0).month).toBe("2026-12")
    expect(plan.joined_month).toBe("2025-11")
    expect(plan.joined_at.toISOString()).toBe("2025-10-31T17:00:00.000Z")
  })

  it("records every cooperative's sales book for the 24 months before it joined: a few million đồng a month", () => {
    const before = monthsOf(-36, -13)
    for (const cooperative of COOPERATIVES) {
      const rows = plan.recorded.filter(
        (row) => row.cooperative === cooperative.handle
      )
      expect([cooperative.handle, rows.map((row) => row.month)]).toEqual([
        cooperative.handle,
        before,
      ])
      const values = rows.map((row) => row.sales_value)
      expect(Math.min(...values)).toBeGreaterThanOrEqual(200_000)
      expect(Math.max(...values)).toBeLessThanOrEqual(40_000_000)
      expect(sum(values) / values.length).toBeGreaterThanOrEqual(1_000_000)
      expect(sum(values) / values.length).toBeLessThanOrEqual(10_000_000)
      expect(values.every((value) => value % 1000 === 0)).toBe(true)
    }
    // A mild growth from the first year to the second.
    const first = new Set(monthsOf(-36, -25))
    const year = (inFirst: boolean) =>
      sum(
        plan.recorded
          .filter((row) => first.has(row.month) === inFirst)
          .map((row) => row.sales_value)
      )
    expect(year(false) / year(true)).toBeGreaterThan(1)
    expect(year(false) / year(true)).toBeLessThan(1.15)
  })

  it("sells fresh fruit only in its harvest months", () => {
    const seasons: Record<string, number[]> = {
      "dau-tay-moc-chau": [12, 1, 2, 3, 4],
      "cam-cao-phong": [11, 12, 1],
      "tao-meo-tuoi-tram-tau": [8, 9, 10],
    }
    for (const [handle, months] of Object.entries(seasons)) {
      const sold = collected.filter((order) =>
        order.lines.some((line) => line.product === handle)
      )
      expect([handle, sold.length > 0]).toEqual([handle, true])
      for (const order of sold) {
        const month = Number(vnMonth(order.collected_at).slice(5))
        expect([handle, months.includes(month)]).toEqual([handle, true])
      }
    }
    for (const order of collected) {
      const month = Number(vnMonth(order.collected_at).slice(5))
      for (const line of order.lines) {
        const product = productOf.get(line.product)
        if (product?.category === "trai-cay-tuoi") {
          expect([line.product, product.origin.harvest_months]).toEqual([
            line.product,
            expect.arrayContaining([month]),
          ])
        }
      }
    }
  })

  it("sells dried and smoked goods all year, most before Tết", () => {
    const smoked = { category: "thit-gac-bep" as const, harvest_months: [] }
    const allYear = {
      category: "thit-gac-bep" as const,
      harvest_months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    }
    expect(seasonWeight(allYear, 6)).toBeGreaterThan(0)
    expect(seasonWeight(allYear, 1)).toBeGreaterThan(
      seasonWeight(allYear, 6) * 1.5
    )
    expect(seasonWeight(smoked, 7)).toBeGreaterThan(0)
    expect(
      seasonWeight({ category: "trai-cay-tuoi", harvest_months: [9] }, 3)
    ).toBe(0)

    const months = onlineByMonth("htx-gac-bep-thuan-chau")
    const sinceJoining = monthsOf(-11, 0)
    expect(
      sinceJoining.filter((month) => (months.get(month) ?? 0) > 0).length
    ).toBeGreaterThanOrEqual(10)
    const january = months.get(sinceJoining.find((m) => m.endsWith("-01"))!)
    const average = sum([...months.values()]) / months.size
    expect(january).toBeGreaterThan(average)
  })

  it("sells more online than the sales book did for most cooperatives, less for a few", () => {
    const sinceJoining = monthsOf(-11, 0)
    const bookYear = new Set(monthsOf(-24, -13))
    const above: string[] = []
    const below: string[] = []
    for (const cooperative of COOPERATIVES) {
      const months = onlineByMonth(cooperative.handle)
      const online = sum(sinceJoining.map((month) => months.get(month) ?? 0))
      const book = sum(
        plan.recorded
          .filter(
            (row) =>
              row.cooperative === cooperative.handle && bookYear.has(row.month)
          )
          .map((row) => row.sales_value)
      )
      ;(online > book ? above : below).push(cooperative.handle)
    }
    expect(below.sort()).toEqual(Object.keys(BELOW_BASELINE).sort())
    expect(above.length).toBeGreaterThanOrEqual(12)
  })

  it("dates every order between joining and today, delivered before the cash comes back", () => {
    expect(plan.orders.length).toBeGreaterThanOrEqual(200)
    expect(plan.orders.length).toBeLessThanOrEqual(600)
    expect(new Set(plan.orders.map((order) => order.key)).size).toBe(
      plan.orders.length
    )
    for (const order of plan.orders) {
      expect(order.placed_at.getTime()).toBeGreaterThanOrEqual(
        plan.joined_at.getTime()
      )
      expect(order.lines.length).toBeGreaterThan(0)
      expect(order.shipping_total).toBeGreaterThan(0)
      if (order.collected_at) {
        expect(order.collected_at.getTime()).toBeLessThan(NOW.getTime())
        expect(order.shipped_at!.getTime()).toBeGreaterThanOrEqual(
          order.placed_at.getTime()
        )
        expect(order.delivered_at!.getTime()).toBeGreaterThan(
          order.shipped_at!.getTime()
        )
        expect(order.collected_at.getTime()).toBeGreaterThan(
          order.delivered_at!.getTime()
        )
      }
    }
  })

  it("has returning buyers, a few cancelled orders and one partly refunded", () => {
    const perBuyer = new Map<number, number>()
    for (const order of plan.orders) {
      expect(HISTORY_BUYERS[order.buyer]).toBeDefined()
      perBuyer.set(order.buyer, (perBuyer.get(order.buyer) ?? 0) + 1)
    }
    expect(perBuyer.size).toBeGreaterThanOrEqual(30)
    expect(Math.max(...perBuyer.values())).toBeGreaterThanOrEqual(5)

    const canceled = plan.orders.filter((order) => order.canceled_at)
    expect(canceled.length).toBeGreaterThanOrEqual(2)
    for (const order of canceled) {
      expect(order.collected_at).toBeNull()
      expect(order.canceled_at!.getTime()).toBeLessThan(NOW.getTime())
    }
    const refunded = plan.orders.filter((order) => order.refund)
    expect(refunded).toHaveLength(1)
    const [order] = refunded
    expect(order?.collected_at).not.toBeNull()
    expect(order?.refund?.amount).toBeGreaterThan(0)
    expect(order?.refund?.amount).toBeLessThan(orderItemTotal(order!))
  })

  it("has its buyers in real 2025 wards of Hà Nội and Thành phố Hồ Chí Minh, with e-mails that go nowhere", () => {
    expect(HISTORY_BUYERS.length).toBeGreaterThanOrEqual(35)
    expect(new Set(HISTORY_BUYERS.map((buyer) => buyer.email)).size).toBe(
      HISTORY_BUYERS.length
    )
    for (const buyer of HISTORY_BUYERS) {
      expect(buyer.email).toMatch(/^[a-z.]+@example\.vn$/)
      const ward = provinces
        .find((province) => province.Code === buyer.province)
        ?.Wards.find((w) => w.Code === buyer.commune.code)
      expect([buyer.email, ward?.FullName]).toEqual([
        buyer.email,
        buyer.commune.name,
      ])
    }
    expect(new Set(HISTORY_BUYERS.map((buyer) => buyer.province))).toEqual(
      new Set(["01", "79"])
    )
  })
})
