import type { CategoryHandle, SeedCooperative, SeedProduct } from "./catalogue"
import { HISTORY_BUYERS } from "./impact-buyers"

/**
 * The demo's sales history, planned without touching a database: for every seeded cooperative,
 * 24 months of recorded sales (its sales book) before it joined the marketplace, then 13 months
 * of online orders since, both following its products' seasons. The same inputs always give the
 * same plan (a seeded PRNG keyed by cooperative and month). seedImpactHistory writes it.
 *
 * The cooperatives joined at the start of the month 12 months before the seed date's month, so
 * with the officers' default period (the last 12 months) the baseline is their sales book plus
 * their first month online, and the period is their online sales.
 */

/** Vietnam is UTC+7 all year. */
const VN_OFFSET_MS = 7 * 60 * 60 * 1000
const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

/** Months of recorded sales before joining, and online months since (this month included). */
export const RECORDED_MONTHS = 24
export const ONLINE_MONTHS = 13

export type MonthRef = {
  /** Months from the seed date's month: 0 is this month, -12 the month the cooperatives joined. */
  offset: number
  /** "YYYY-MM", in Vietnam's time. */
  month: string
  /** 1–12. */
  calendar: number
  /** The first instant of the month and of the next, in Vietnam's time. */
  start: Date
  end: Date
}

export const monthAt = (now: Date, offset: number): MonthRef => {
  const local = new Date(now.getTime() + VN_OFFSET_MS)
  const first = new Date(
    Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + offset, 1)
  )
  const next = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1)
  return {
    offset,
    month: first.toISOString().slice(0, 7),
    calendar: first.getUTCMonth() + 1,
    start: new Date(first.getTime() - VN_OFFSET_MS),
    end: new Date(next - VN_OFFSET_MS),
  }
}

/** FNV-1a: a 32-bit seed from a text key. */
export const hashSeed = (key: string): number => {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i += 1) {
    hash ^= key.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** mulberry32: small, fast and good enough for demo data; returns numbers in [0, 1). */
export const prng = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const between = (random: () => number, low: number, high: number): number =>
  low + random() * (high - low)

// Tết (late January or February) is the year's peak for gifts: dried and smoked goods, honey,
// tea, rice and noodles; the weeks before it start in December.
const TET: Record<number, number> = { 12: 1.25, 1: 2, 2: 1.5 }

export type SeasonalProduct = {
  category: CategoryHandle
  harvest_months: number[]
}

/**
 * How much of a product sells in a calendar month, relative to an ordinary month (1). Fresh fruit
 * sells only in its harvest months. Dried, smoked and milled goods sell all year, most in and just
 * after the harvest and before Tết. Crafts sell evenly, a little more before Tết.
 */
export const seasonWeight = (
  product: SeasonalProduct,
  calendar: number
): number => {
  const tet = TET[calendar] ?? 1
  const harvest = new Set(product.harvest_months)
  const inHarvest = harvest.has(calendar)
  if (product.category === "trai-cay-tuoi") {
    return inHarvest ? 1.4 * tet : 0
  }
  if (product.category === "thu-cong") {
    return 0.8 * (1 + (tet - 1) * 0.4)
  }
  if (harvest.size >= 12) {
    return 0.8 * tet
  }
  const monthsAfterHarvest = [1, 2, 3].find((back) =>
    harvest.has(((calendar - back + 11) % 12) + 1)
  )
  const base = inHarvest ? 1.4 : monthsAfterHarvest ? 1 : 0.35
  return base * tet
}

/** A cooperative's sales book: a few million đồng in an ordinary month, more with more members. */
export const baselineMonthly = (households: number): number =>
  800_000 + 11_000 * households

/**
 * Online sales over the sales book, per cooperative: most sell clearly more online than they did
 * before; these two sell less, so the officers' table has communes that did worse too.
 */
export const BELOW_BASELINE: Record<string, number> = {
  "htx-che-co-thu-ta-xua": 0.72,
  "htx-det-mai-chau": 0.86,
}

/** A mild growth of the cooperatives' business over the three years, about 5% a year. */
const growth = (offset: number): number => 1 + 0.004 * (offset + 36)

/** The first months online sell less while buyers find the cooperative. */
const RAMP: Record<number, number> = { [-12]: 0.4, [-11]: 0.65, [-10]: 0.85 }

/** Share of orders from shops, kitchens and offices, which buy in bulk. */
const BULK_SHARE = 0.33
const BULK_FROM = 3_000_000

export type HistoryCooperative = Pick<SeedCooperative, "handle" | "households">
export type HistoryProduct = Pick<
  SeedProduct,
  "handle" | "cooperative" | "category" | "variants"
> & { origin: Pick<SeedProduct["origin"], "harvest_months"> }

export type PlannedRecordedSale = {
  cooperative: string
  month: string
  sales_value: number
}

export type PlannedLine = {
  product: string
  sku: string
  quantity: number
  unit_price: number
}

export type PlannedOrder = {
  /** Stable and unique: cooperative, month and number. */
  key: string
  cooperative: string
  /** Index into HISTORY_BUYERS. */
  buyer: number
  lines: PlannedLine[]
  shipping_total: number
  placed_at: Date
  /** Cash on delivery: the courier delivers, then hands the cash to the cooperative. */
  shipped_at: Date | null
  delivered_at: Date | null
  collected_at: Date | null
  /** The buyer refused the parcel or cancelled before it left. */
  canceled_at: Date | null
  /** Part of the goods arrived damaged and was paid back. */
  refund: { amount: number; note: string } | null
}

export type ImpactHistoryPlan = {
  /** "YYYY-MM": the month the cooperatives joined, and its first instant. */
  joined_month: string
  joined_at: Date
  recorded: PlannedRecordedSale[]
  orders: PlannedOrder[]
}

export const orderItemTotal = (order: Pick<PlannedOrder, "lines">): number =>
  order.lines.reduce((sum, line) => sum + line.quantity * line.unit_price, 0)

/** Weighted pick of an index; weights need not sum to 1. */
const pick = (random: () => number, weights: number[]): number => {
  const total = weights.reduce((sum, w) => sum + w, 0)
  let at = random() * total
  for (const [index, weight] of weights.entries()) {
    at -= weight
    if (at < 0) {
      return index
    }
  }
  return weights.length - 1
}

const individuals = HISTORY_BUYERS.flatMap((buyer, index) =>
  buyer.company ? [] : [index]
)
const businesses = HISTORY_BUYERS.flatMap((buyer, index) =>
  buyer.company ? [index] : []
)
// Some buyers come back much more often than others.
const loyalty = (count: number): number[] =>
  Array.from({ length: count }, (_, i) => 1 / Math.pow(i + 1, 0.4))

/** An order's lines, worth about a random amount for its kind, and no more than `budget`. */
const planLines = (
  random: () => number,
  sellable: { product: HistoryProduct; weight: number }[],
  bulk: boolean,
  budget: number
): PlannedLine[] => {
  const target = Math.min(
    bulk
      ? between(random, 2_500_000, 9_000_000)
      : between(random, 450_000, 2_000_000),
    Math.max(budget, 450_000)
  )
  const wanted = Math.min(
    sellable.length,
    bulk ? 1 + Math.floor(random() * 2) : 1 + Math.floor(random() * 3)
  )
  const left = [...sellable]
  const lines: PlannedLine[] = []
  for (let n = 0; n < wanted; n += 1) {
    const at = pick(
      random,
      left.map((entry) => entry.weight)
    )
    const [chosen] = left.splice(at, 1)
    const variants = chosen?.product.variants ?? []
    const variant = bulk
      ? variants[variants.length - 1]
      : variants[Math.floor(random() * variants.length)]
    if (!chosen || !variant) {
      continue
    }
    const quantity = Math.round(target / wanted / variant.price)
    lines.push({
      product: chosen.product.handle,
      sku: variant.sku,
      quantity: bulk
        ? Math.min(80, Math.max(3, quantity))
        : Math.min(10, Math.max(1, quantity)),
      unit_price: variant.price,
    })
  }
  return lines
}

/** The delivery dates of an order whose cash came back at `collected`. */
const datesBefore = (random: () => number, collected: Date) => {
  const delivered = new Date(
    collected.getTime() - DAY - Math.floor(random() * 6) * HOUR
  )
  const shipped = new Date(
    delivered.getTime() - (1 + Math.floor(random() * 3)) * DAY
  )
  const placed = new Date(
    shipped.getTime() - DAY + Math.floor(random() * 8) * HOUR
  )
  return { placed, shipped, delivered }
}

/**
 * One month's orders of a cooperative, worth about `budget` (what is left over or missing is the
 * next month's). Returns the orders and what is left of the budget.
 */
const planMonthOrders = (
  cooperative: HistoryCooperative,
  products: HistoryProduct[],
  month: MonthRef,
  now: Date,
  joinedAt: Date,
  carried: number
): { orders: PlannedOrder[]; left: number } => {
  const random = prng(hashSeed(`${cooperative.handle}|${month.month}|orders`))
  const sellable = products
    .map((product) => ({
      product,
      weight: seasonWeight(
        {
          category: product.category,
          harvest_months: product.origin.harvest_months,
        },
        month.calendar
      ),
    }))
    .filter((entry) => entry.weight > 0.05 && entry.product.variants.length > 0)
  // Cash comes back at least five days after the first order and before today.
  const from = Math.max(month.start.getTime(), joinedAt.getTime() + 5 * DAY)
  const until = Math.min(month.end.getTime(), now.getTime() - DAY)
  if (sellable.length === 0 || until <= from) {
    return { orders: [], left: carried }
  }
  const share = (until - from) / (month.end.getTime() - month.start.getTime())
  const ratio =
    BELOW_BASELINE[cooperative.handle] ??
    between(prng(hashSeed(`${cooperative.handle}|uplift`)), 1.3, 1.9)
  let budget =
    carried +
    ratio *
      baselineMonthly(cooperative.households.total) *
      cooperativeSeason(products, month.calendar) *
      growth(month.offset) *
      (RAMP[month.offset] ?? 1) *
      share *
      between(random, 0.8, 1.2)

  const orders: PlannedOrder[] = []
  const people = loyalty(individuals.length)
  const firms = loyalty(businesses.length)
  while (budget > 0) {
    // Bulk buyers only when the month has room for them: the months stay smooth.
    const bulk = random() < BULK_SHARE && budget >= BULK_FROM
    const lines = planLines(random, sellable, bulk, budget)
    const value = orderItemTotal({ lines })
    if (lines.length === 0 || value / 2 > budget) {
      break
    }
    budget -= value
    const buyer = bulk
      ? (businesses[pick(random, firms)] ?? 0)
      : (individuals[pick(random, people)] ?? 0)
    const collected = new Date(
      from + Math.floor(random() * (until - from - 10 * HOUR))
    )
    // Cash is handed over in working hours, Vietnam time.
    const local = new Date(collected.getTime() + VN_OFFSET_MS)
    local.setUTCHours(8 + Math.floor(random() * 10), Math.floor(random() * 60))
    const collectedAt = new Date(
      Math.min(local.getTime() - VN_OFFSET_MS, until)
    )
    const dates = datesBefore(random, collectedAt)
    orders.push({
      key: `${cooperative.handle}:${month.month}:${orders.length + 1}`,
      cooperative: cooperative.handle,
      buyer,
      lines,
      shipping_total:
        1000 *
        Math.round(bulk ? between(random, 60, 150) : between(random, 22, 45)),
      placed_at:
        dates.placed < joinedAt ? new Date(joinedAt.getTime()) : dates.placed,
      shipped_at: dates.shipped,
      delivered_at: dates.delivered,
      collected_at: collectedAt,
      canceled_at: null,
      refund: null,
    })
  }
  return { orders, left: budget }
}

/** A cooperative's season: its products' weights, averaged so that an ordinary year averages 1. */
export const cooperativeSeason = (
  products: HistoryProduct[],
  calendar: number
): number => {
  const weightOf = (month: number): number =>
    products.reduce(
      (sum, product) =>
        sum +
        seasonWeight(
          {
            category: product.category,
            harvest_months: product.origin.harvest_months,
          },
          month
        ),
      0
    )
  const year = Array.from({ length: 12 }, (_, i) => weightOf(i + 1))
  const mean = year.reduce((sum, w) => sum + w, 0) / 12
  return mean > 0 ? weightOf(calendar) / mean : 1
}

/** A few of the orders did not go through, and one came back partly damaged. */
const addMishaps = (orders: PlannedOrder[]): void => {
  const random = prng(hashSeed("mishaps"))
  const sorted = [...orders].sort(
    (a, b) => a.placed_at.getTime() - b.placed_at.getTime()
  )
  for (const at of [0.23, 0.57, 0.88]) {
    const order = sorted[Math.floor(at * sorted.length)]
    if (!order) {
      continue
    }
    order.canceled_at = new Date(
      order.placed_at.getTime() + (1 + Math.floor(random() * 2)) * DAY
    )
    order.shipped_at = null
    order.delivered_at = null
    order.collected_at = null
  }
  const damaged =
    sorted.find(
      (order) =>
        order.collected_at &&
        order.lines.some(
          (line) => line.product === "dau-tay-moc-chau" && line.quantity >= 2
        )
    ) ??
    sorted.find(
      (order) =>
        order.collected_at && order.lines.some((line) => line.quantity >= 2)
    )
  const line = damaged?.lines.find((entry) => entry.quantity >= 2)
  if (damaged && line) {
    damaged.refund = {
      amount: line.unit_price,
      note: "Một phần hàng hỏng khi vận chuyển; hoàn tiền phần đó cho người mua.",
    }
  }
}

export const planImpactHistory = (input: {
  now: Date
  cooperatives: HistoryCooperative[]
  products: HistoryProduct[]
}): ImpactHistoryPlan => {
  const { now } = input
  const joined = monthAt(now, 1 - ONLINE_MONTHS)
  const joinedAt = joined.start
  const recorded: PlannedRecordedSale[] = []
  const orders: PlannedOrder[] = []
  for (const cooperative of input.cooperatives) {
    const products = input.products.filter(
      (product) => product.cooperative === cooperative.handle
    )
    const base = baselineMonthly(cooperative.households.total)
    for (let offset = -36; offset < -36 + RECORDED_MONTHS; offset += 1) {
      const month = monthAt(now, offset)
      const random = prng(
        hashSeed(`${cooperative.handle}|${month.month}|recorded`)
      )
      recorded.push({
        cooperative: cooperative.handle,
        month: month.month,
        sales_value:
          1000 *
          Math.round(
            (base *
              cooperativeSeason(products, month.calendar) *
              growth(offset) *
              between(random, 0.85, 1.15)) /
              1000
          ),
      })
    }
    let carried = 0
    for (let offset = 1 - ONLINE_MONTHS; offset <= 0; offset += 1) {
      const month = planMonthOrders(
        cooperative,
        products,
        monthAt(now, offset),
        now,
        joinedAt,
        carried
      )
      orders.push(...month.orders)
      carried = month.left
    }
  }
  addMishaps(orders)
  return { joined_month: joined.month, joined_at: joinedAt, recorded, orders }
}
