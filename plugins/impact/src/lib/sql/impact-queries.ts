import type { Knex } from "@medusajs/framework/mikro-orm/knex"

import type { ImpactFigures } from "../impact-types"
import type { Period } from "../periods"

/**
 * The officers' figures, aggregated in SQL over the summary of online sales
 * (impact_order_sale/_line), the recorded sales and the cooperatives' profiles. Definitions:
 * IMPACT_API.md. Each function returns at most one row per commune, province or month: orders
 * never leave the database.
 */

/** Whose figures: the officer's provinces (null: all), a programme, one commune. */
export type ImpactScope = {
  provinces: string[] | null
  programme?: string | null
  commune?: string | null
}

export type Figures = ImpactFigures

export type FigureLevel = "commune" | "province" | "total"

export type KeyedFigures = Figures & {
  level: FigureLevel
  province_code: string | null
  commune_code: string | null
}

export type MonthFigures = {
  month: string
  online_sales_value: number
  recorded_sales_value: number
  sales_value: number
  orders: number
}

// The cooperatives in scope, with the households their profiles declare.
const COOPS = `
  select c.id, c.name, c.handle, c.status, c.commune_code, c.province_code,
    coalesce((c.households->>'total')::int, 0) as h_total,
    coalesce((c.households->>'poor')::int, 0) as h_poor,
    coalesce((c.households->>'near_poor')::int, 0) as h_near_poor,
    coalesce((c.households->>'ethnic_minority')::int, 0) as h_ethnic_minority
  from cooperative c
  where c.deleted_at is null
    and (cast(:provinces as text[]) is null or c.province_code = any(cast(:provinces as text[])))
    and (cast(:commune as text) is null or c.commune_code = cast(:commune as text))
    and (cast(:programme as text) is null or exists (
      select 1 from impact_programme_tag t
      where t.cooperative_id = c.id and t.programme = cast(:programme as text)
        and t.deleted_at is null))
`

const RECORDED_SCOPE = `
  r.deleted_at is null
  and (cast(:provinces as text[]) is null or r.province_code = any(cast(:provinces as text[])))
  and (cast(:commune as text) is null or r.commune_code = cast(:commune as text))
  and (cast(:programme as text) is null or r.cooperative_id in (select id from coops))
`

const LEVELS = `grouping sets ((province_code, commune_code), (province_code), ())`

const LEVEL_OF = `
  case grouping(province_code, commune_code)
    when 0 then 'commune' when 1 then 'province' else 'total' end as level,
  province_code, commune_code
`

type Row = Record<string, string | number | null | undefined>

const bindings = (
  scope: ImpactScope,
  period: Period,
  baseline: Period
): Record<string, string | string[] | Date | null> => ({
  provinces: scope.provinces,
  commune: scope.commune ?? null,
  programme: scope.programme ?? null,
  start: period.start,
  end: period.end,
  bstart: baseline.start,
  bend: baseline.end,
  first: period.first_month,
  last: period.last_month,
  bfirst: baseline.first_month,
  blast: baseline.last_month,
})

/**
 * One statement in its own transaction, with JIT compilation off (it costs these short analytic
 * queries more than it saves) and, for the statements that sort many rows (distinct buyers and
 * products), more memory for the sort so that it does not spill to disk.
 */
const run = async (
  db: Knex,
  sql: string,
  params: Record<string, unknown>,
  sorting: boolean
): Promise<Row[]> =>
  db.transaction(async (trx) => {
    await trx.raw(
      sorting
        ? `set local jit = off; set local work_mem = '32MB'`
        : `set local jit = off`
    )
    const result = await trx.raw<{ rows: Row[] }>(sql, params as Knex.ValueDict)
    return result.rows
  })

const rowsOf = (db: Knex, sql: string, params: Record<string, unknown>) =>
  run(db, sql, params, false)

const rowsOfSorting = (
  db: Knex,
  sql: string,
  params: Record<string, unknown>
) => run(db, sql, params, true)

const num = (value: string | number | null | undefined): number =>
  value === null || value === undefined ? 0 : Number(value)

const str = (value: string | number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value)

const keyOf = (row: Row): string =>
  `${row.level}|${row.province_code ?? ""}|${row.commune_code ?? ""}`

export const upliftOf = (
  salesValue: number,
  baselineValue: number
): { uplift_value: number; uplift_pct: number | null } => ({
  uplift_value: salesValue - baselineValue,
  uplift_pct:
    baselineValue === 0
      ? null
      : Math.round(((salesValue - baselineValue) / baselineValue) * 1000) / 10,
})

/**
 * Every commune, province and the total in scope: the commune table. Five aggregations run side
 * by side and are joined by key here:
 * - sales, orders, cooperatives and households, summed per cooperative first (an index-only scan
 *   of impact_order_sale per cooperative), then rolled up;
 * - distinct buyers, from one sort of the period's (buyer, province, commune) rows: a row counts
 *   for a level when it is the first of its buyer there;
 * - distinct products, from the period's distinct (cooperative, product) pairs;
 * - recorded sales; and the communes that have an active cooperative.
 * A scope narrowed to provinces or a commune reads its cooperatives' rows through their index
 * instead of the whole period.
 */
export const impactFigures = async (
  db: Knex,
  scope: ImpactScope,
  period: Period,
  baseline: Period
): Promise<KeyedFigures[]> => {
  const params = bindings(scope, period, baseline)
  const narrow = scope.provinces !== null || Boolean(scope.commune)
  const [online, buyers, products, recorded, listed] = await Promise.all([
    rowsOf(
      db,
      `with coops as materialized (${COOPS}),
      per_coop as (
        select co.province_code, co.commune_code, co.h_total, co.h_poor, co.h_near_poor,
          co.h_ethnic_minority, x.*
        from coops co cross join lateral (
          select
            sum(s.sales_value) filter (where s.sold_at >= :start and s.sold_at < :end) as online,
            count(*) filter (where s.sold_at >= :start and s.sold_at < :end) as orders,
            sum(s.sales_value) filter (where s.sold_at >= :bstart and s.sold_at < :bend)
              as base_online,
            count(*) filter (where s.sold_at >= :bstart and s.sold_at < :bend) as base_orders
          from impact_order_sale s
          where s.cooperative_id = co.id
            and ((s.sold_at >= :start and s.sold_at < :end)
              or (s.sold_at >= :bstart and s.sold_at < :bend))
        ) x
      )
      select ${LEVEL_OF},
        coalesce(sum(online), 0) as online, coalesce(sum(orders), 0) as orders,
        count(*) filter (where orders > 0) as cooperatives,
        coalesce(sum(base_online), 0) as base_online,
        coalesce(sum(h_total) filter (where orders > 0), 0) as h_total,
        coalesce(sum(h_poor) filter (where orders > 0), 0) as h_poor,
        coalesce(sum(h_near_poor) filter (where orders > 0), 0) as h_near_poor,
        coalesce(sum(h_ethnic_minority) filter (where orders > 0), 0) as h_ethnic_minority
      from per_coop where orders > 0 or base_orders > 0
      group by ${LEVELS}`,
      params
    ),
    rowsOfSorting(
      db,
      `with coops as materialized (${COOPS}),
      flags as (
        select province_code, commune_code,
          (lag(buyer) over w is distinct from buyer) as first_total,
          (lag(buyer) over w is distinct from buyer
            or lag(province_code) over w is distinct from province_code) as first_province,
          (lag(buyer) over w is distinct from buyer
            or lag(province_code) over w is distinct from province_code
            or lag(commune_code) over w is distinct from commune_code) as first_commune
        from ${
          narrow
            ? `(select co.province_code, co.commune_code, b.buyer
              from coops co cross join lateral (
                select distinct s.buyer_key collate "C" as buyer from impact_order_sale s
                where s.cooperative_id = co.id and s.sold_at >= :start and s.sold_at < :end
              ) b) x`
            : `(select co.province_code, co.commune_code, s.buyer_key collate "C" as buyer
              from impact_order_sale s join coops co on co.id = s.cooperative_id
              where s.sold_at >= :start and s.sold_at < :end) x`
        }
        window w as (order by buyer, province_code, commune_code)
      )
      select ${LEVEL_OF},
        case grouping(province_code, commune_code)
          when 0 then count(*) filter (where first_commune)
          when 1 then count(*) filter (where first_province)
          else count(*) filter (where first_total) end as buyers
      from flags group by ${LEVELS}`,
      params
    ),
    rowsOfSorting(
      db,
      `with coops as materialized (${COOPS}),
      pairs as (${
        narrow
          ? `select co.id as cooperative_id, p.product_id from coops co cross join lateral (
              select distinct l.product_id from impact_order_line l
              where l.cooperative_id = co.id and l.sold_at >= :start and l.sold_at < :end) p`
          : `select l.cooperative_id, l.product_id from impact_order_line l
              where l.sold_at >= :start and l.sold_at < :end group by 1, 2`
      })
      select ${LEVEL_OF}, count(distinct p.product_id) as products
      from pairs p join coops co on co.id = p.cooperative_id
      group by ${LEVELS}`,
      params
    ),
    rowsOf(
      db,
      `with coops as materialized (${COOPS})
      select ${LEVEL_OF},
        coalesce(sum(r.sales_value) filter (where r.month between :first and :last), 0) as rec,
        coalesce(sum(r.sales_value) filter (where r.month between :bfirst and :blast), 0)
          as base_rec
      from impact_recorded_sale r
      where ${RECORDED_SCOPE}
        and (r.month between :first and :last or r.month between :bfirst and :blast)
      group by ${LEVELS}`,
      params
    ),
    rowsOf(
      db,
      `with coops as materialized (${COOPS})
      select distinct province_code, commune_code from coops where status = 'active'`,
      params
    ),
  ])

  const byKey = new Map<string, KeyedFigures>()
  const entry = (row: Row): KeyedFigures => {
    const key = keyOf(row)
    let found = byKey.get(key)
    if (!found) {
      found = {
        level: row.level as FigureLevel,
        province_code: str(row.province_code),
        commune_code: str(row.commune_code),
        sales_value: 0,
        online_sales_value: 0,
        recorded_sales_value: 0,
        orders: 0,
        buyers: 0,
        cooperatives: 0,
        products: 0,
        households: 0,
        households_poor: 0,
        households_near_poor: 0,
        households_ethnic_minority: 0,
        baseline_sales_value: 0,
        uplift_value: 0,
        uplift_pct: null,
      }
      byKey.set(key, found)
    }
    return found
  }
  // Communes with an active cooperative are listed even without a sale; so are their provinces.
  entry({ level: "total", province_code: null, commune_code: null })
  for (const row of listed) {
    entry({ ...row, level: "commune" })
    entry({
      level: "province",
      province_code: row.province_code,
      commune_code: null,
    })
  }
  for (const row of online) {
    const e = entry(row)
    e.online_sales_value = num(row.online)
    e.orders = num(row.orders)
    e.cooperatives = num(row.cooperatives)
    e.baseline_sales_value += num(row.base_online)
    e.households = num(row.h_total)
    e.households_poor = num(row.h_poor)
    e.households_near_poor = num(row.h_near_poor)
    e.households_ethnic_minority = num(row.h_ethnic_minority)
  }
  for (const row of buyers) {
    if (num(row.buyers) > 0) {
      entry(row).buyers = num(row.buyers)
    }
  }
  for (const row of products) {
    entry(row).products = num(row.products)
  }
  for (const row of recorded) {
    const e = entry(row)
    e.recorded_sales_value = num(row.rec)
    e.baseline_sales_value += num(row.base_rec)
  }
  for (const e of byKey.values()) {
    e.sales_value = e.online_sales_value + e.recorded_sales_value
    Object.assign(e, upliftOf(e.sales_value, e.baseline_sales_value))
  }
  return [...byKey.values()]
}

/** Month by month, from the baseline's first month to the period's last. */
export const impactMonths = async (
  db: Knex,
  scope: ImpactScope,
  period: Period,
  baseline: Period
): Promise<Map<string, Omit<MonthFigures, "month" | "sales_value">>> => {
  const params = bindings(scope, period, baseline)
  const start = baseline.start < period.start ? baseline.start : period.start
  const end = baseline.end > period.end ? baseline.end : period.end
  const [online, recorded] = await Promise.all([
    rowsOf(
      db,
      `with coops as materialized (${COOPS})
      select to_char((s.sold_at at time zone 'UTC') + interval '7 hours', 'YYYY-MM') as month,
        sum(s.sales_value) as online, count(*) as orders
      from impact_order_sale s join coops co on co.id = s.cooperative_id
      where s.sold_at >= :series_start and s.sold_at < :series_end
      group by 1`,
      { ...params, series_start: start, series_end: end }
    ),
    rowsOf(
      db,
      `with coops as materialized (${COOPS})
      select r.month, sum(r.sales_value) as rec
      from impact_recorded_sale r
      where ${RECORDED_SCOPE} and r.month between :series_first and :series_last
      group by 1`,
      {
        ...params,
        series_first: `${start.toISOString().slice(0, 7)}`,
        series_last:
          period.last_month > baseline.last_month
            ? period.last_month
            : baseline.last_month,
      }
    ),
  ])
  const months = new Map<string, Omit<MonthFigures, "month" | "sales_value">>()
  const at = (month: string) => {
    let m = months.get(month)
    if (!m) {
      m = { online_sales_value: 0, recorded_sales_value: 0, orders: 0 }
      months.set(month, m)
    }
    return m
  }
  for (const row of online) {
    const m = at(String(row.month))
    m.online_sales_value = num(row.online)
    m.orders = num(row.orders)
  }
  for (const row of recorded) {
    at(String(row.month)).recorded_sales_value = num(row.rec)
  }
  return months
}

export type CooperativeFigures = {
  id: string
  name: string
  handle: string
  online_sales_value: number
  recorded_sales_value: number
  sales_value: number
  baseline_sales_value: number
  orders: number
  buyers: number
  households: number
  programmes: string[]
}

/** The cooperatives of one commune (scope.commune) with their own figures. */
export const impactCooperatives = async (
  db: Knex,
  scope: ImpactScope,
  period: Period,
  baseline: Period
): Promise<CooperativeFigures[]> => {
  const rows = await rowsOf(
    db,
    `with coops as materialized (${COOPS})
    select co.id, co.name, co.handle, co.h_total,
      coalesce(s.online, 0) as online, coalesce(s.orders, 0) as orders,
      coalesce(s.buyers, 0) as buyers, coalesce(s.base_online, 0) as base_online,
      coalesce(r.rec, 0) as rec, coalesce(r.base_rec, 0) as base_rec,
      coalesce((select array_agg(t.programme order by t.programme) from impact_programme_tag t
        where t.cooperative_id = co.id and t.deleted_at is null), '{}') as programmes
    from coops co
    left join lateral (
      select sum(sales_value) filter (where sold_at >= :start and sold_at < :end) as online,
        count(*) filter (where sold_at >= :start and sold_at < :end) as orders,
        count(distinct buyer_key) filter (where sold_at >= :start and sold_at < :end) as buyers,
        sum(sales_value) filter (where sold_at >= :bstart and sold_at < :bend) as base_online
      from impact_order_sale where cooperative_id = co.id
    ) s on true
    left join lateral (
      select sum(sales_value) filter (where month between :first and :last) as rec,
        sum(sales_value) filter (where month between :bfirst and :blast) as base_rec
      from impact_recorded_sale where cooperative_id = co.id and deleted_at is null
    ) r on true
    order by coalesce(s.online, 0) + coalesce(r.rec, 0) desc, co.name`,
    bindings(scope, period, baseline)
  )
  return rows.map((row) => {
    const online = num(row.online)
    const rec = num(row.rec)
    return {
      id: String(row.id),
      name: String(row.name),
      handle: String(row.handle),
      online_sales_value: online,
      recorded_sales_value: rec,
      sales_value: online + rec,
      baseline_sales_value: num(row.base_online) + num(row.base_rec),
      orders: num(row.orders),
      buyers: num(row.buyers),
      households: num(row.h_total),
      programmes: (row.programmes as unknown as string[] | null) ?? [],
    }
  })
}

export type ProductFigures = {
  product_id: string | null
  title: string
  quantity: number
  item_value: number
}

/** What the counted orders of the scope sold in the period, by product. */
export const impactProducts = async (
  db: Knex,
  scope: ImpactScope,
  period: Period,
  baseline: Period
): Promise<ProductFigures[]> => {
  const rows = await rowsOf(
    db,
    `with coops as materialized (${COOPS})
    select l.product_id, min(l.title) as title, sum(l.quantity) as quantity,
      sum(l.item_value) as item_value
    from impact_order_line l join coops co on co.id = l.cooperative_id
    where l.sold_at >= :start and l.sold_at < :end
    group by l.product_id
    order by sum(l.item_value) desc, min(l.title)
    limit 200`,
    bindings(scope, period, baseline)
  )
  return rows.map((row) => ({
    product_id: str(row.product_id),
    title: String(row.title),
    quantity: num(row.quantity),
    item_value: num(row.item_value),
  }))
}
