/**
 * The impact bench's data, made in SQL (generate_series, never row by row from Node): one or two
 * cooperatives in every 2025 commune, some tagged with programmes; their orders' summary rows
 * (impact_order_sale, impact_order_line) over the last N months, each cooperative selling from
 * the month it joined; and the recorded sales of the two years before it joined. PostgreSQL's
 * random() is seeded, so a run on the same day makes the same data.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"

import pg from "pg"

export type GenerateOptions = {
  root: string
  url: string
  orders: number
  lines: number
  buyers: number
  months: number
  log: (line: string) => void
}

export type Generated = {
  communes: number
  cooperatives: number
  programme_tags: number
  orders: number
  lines: number
  buyers: number
  recorded_sales: number
}

type Province = { Code: string; Wards: { Code: string }[] }

/**
 * How many buyer ids to draw from so that `orders` uniform draws hit about `buyers` distinct ones:
 * the expected number of distinct ids is n·(1 − e^(−orders/n)).
 */
export const buyerSpace = (orders: number, buyers: number): number => {
  if (buyers >= orders) {
    return orders * 50
  }
  let low = buyers
  let high = orders * 50
  for (let i = 0; i < 60; i += 1) {
    const mid = (low + high) / 2
    const distinct = mid * (1 - Math.exp(-orders / mid))
    if (distinct < buyers) {
      low = mid
    } else {
      high = mid
    }
  }
  return Math.round((low + high) / 2)
}

const seconds = (since: number): string =>
  `${((performance.now() - since) / 1000).toFixed(1)} s`

export const generateData = async (
  options: GenerateOptions
): Promise<Generated> => {
  const { log } = options
  const provinces = JSON.parse(
    readFileSync(
      join(
        options.root,
        "plugins/cooperative-seller/data/vn-admin/units-2025.json"
      ),
      "utf8"
    )
  ) as Province[]
  const communes = provinces.flatMap((province) =>
    province.Wards.map((ward) => ({ code: ward.Code, province: province.Code }))
  )

  const client = new pg.Client({ connectionString: options.url })
  await client.connect()
  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const started = performance.now()
    log(`  ${what}…`)
    const result = await client.query(sql, params)
    log(
      `    ${(result.rowCount ?? 0).toLocaleString("en")} rows, ${seconds(started)}`
    )
    return result
  }
  try {
    await client.query("select setseed(0.2025)")
    // Helper tables, unlogged and dropped at the end: the cooperatives with the month they joined.
    await step(
      `Cooperatives in ${communes.length.toLocaleString("en")} communes`,
      `create unlogged table bench_coop as
       select row_number() over (order by code, k)::int as n,
         'coop_bench_' || lpad((row_number() over (order by code, k))::text, 5, '0') as id,
         code as commune_code, province as province_code, k,
         -- Joined between the start of the history and six months ago.
         (-$1::int + floor(random() * ($1::int - 5)))::int as joined_offset,
         (20 + floor(random() * 280))::int as households,
         random() as r
       from unnest($2::text[], $3::text[]) c(code, province)
       -- Two cooperatives in about 45% of the communes (a hash, as random() here would run once).
       cross join lateral generate_series(1, case when abs(hashtext(code)) % 100 < 45 then 2 else 1 end) k`,
      [
        options.months,
        communes.map((c) => c.code),
        communes.map((c) => c.province),
      ]
    )
    await client.query(`alter table bench_coop add primary key (n)`)
    await client.query(
      `alter table bench_coop add column joined_at timestamptz;
       update bench_coop set joined_at =
         (date_trunc('month', now() at time zone 'Asia/Ho_Chi_Minh')
           + make_interval(months => joined_offset)) at time zone 'Asia/Ho_Chi_Minh'`
    )
    const coops = await step(
      "cooperative rows",
      `insert into cooperative (id, handle, name, registration_number, status, commune_code,
         province_code, ethnic_groups, households, story_vi, story_en, commission_rate,
         created_at, updated_at)
       select id, 'htx-bench-' || n, 'HTX thử ' || commune_code || '-' || k,
         (5200000000 + n)::text,
         case when r < 0.92 then 'active' when r < 0.96 then 'suspended' else 'pending' end,
         commune_code, province_code, '{mong,dao}',
         jsonb_build_object('total', households, 'poor', households / 4,
           'near_poor', households / 5, 'ethnic_minority', households * 9 / 10),
         '', '', 0.08, joined_at, joined_at
       from bench_coop`
    )
    const tags = await step(
      "programme tags (about 35% qd-1719, 20% giam-ngheo-ben-vung, 8% giam-ngheo-thong-tin)",
      `insert into impact_programme_tag (id, cooperative_id, programme)
       select 'iprog_bench_' || n || '_' || t.programme, id, t.programme
       from bench_coop
       cross join (values ('qd-1719', 0.35), ('giam-ngheo-ben-vung', 0.2),
         ('giam-ngheo-thong-tin', 0.08)) t(programme, share)
       where abs(hashtext(id || t.programme)) % 1000 < t.share * 1000`
    )

    const space = buyerSpace(options.orders, options.buyers)
    await step(
      `${options.orders.toLocaleString("en")} orders over ${options.months} months`,
      `create unlogged table bench_order as
       select g, c.n as cn, c.id as cooperative_id,
         -- Busier recently: more of a cooperative's orders fall near today.
         now() - (now() - c.joined_at) * power(x.t, 1.3) as sold_at,
         case when x.b % 5 = 0 then 'email:nguoi-mua-' || x.b || '@example.vn'
           else 'cus_bench_' || x.b end as buyer_key,
         x.refund
       from (
         select g, 1 + floor(power(random(), 1.6) * (select count(*) from bench_coop))::int as cn,
           random() as t, floor(random() * $2::int)::int as b, random() < 0.02 as refund
         from generate_series(1, $1::int) g
       ) x join bench_coop c on c.n = x.cn`,
      [options.orders, space]
    )
    await client.query(`alter table bench_order add primary key (g)`)
    await step(
      `${options.lines.toLocaleString("en")} order lines`,
      `create unlogged table bench_line as
       select i, (((i - 1) * $1::bigint) / $2::bigint + 1)::int as g,
         (1 + floor(random() * 4))::int as quantity,
         (5000 * (9 + floor(power(random(), 2) * 180)))::bigint as unit_price,
         (1 + floor(random() * 6))::int as product
       from generate_series(1, $2::int) i`,
      [options.orders, options.lines]
    )
    const sales = await step(
      "impact_order_sale",
      `insert into impact_order_sale
         (order_id, cooperative_id, buyer_key, sold_at, item_total, refunded, sales_value)
       select 'order_bench_' || o.g, o.cooperative_id, o.buyer_key, o.sold_at, l.total,
         case when o.refund then l.total / 5 else 0 end,
         l.total - case when o.refund then l.total / 5 else 0 end
       from bench_order o
       join (select g, sum(quantity * unit_price)::bigint as total from bench_line group by g) l
         using (g)`
    )
    const lines = await step(
      "impact_order_line",
      `insert into impact_order_line
         (line_id, order_id, cooperative_id, sold_at, product_id, title, quantity, item_value)
       select 'ordli_bench_' || l.i, 'order_bench_' || l.g, o.cooperative_id, o.sold_at,
         'prod_bench_' || o.cn || '_' || l.product, 'Sản phẩm ' || o.cn || '-' || l.product,
         l.quantity, l.quantity * l.unit_price
       from bench_line l join bench_order o using (g)`
    )
    const recorded = await step(
      "recorded sales: each cooperative's 24 months before it joined, and surveys of a tenth of the communes",
      `insert into impact_recorded_sale (id, month, commune_code, province_code, cooperative_id,
         sales_value, source, note)
       select 'irec_bench_' || c.n || '_' || (-m), to_char(
           (c.joined_at at time zone 'Asia/Ho_Chi_Minh') + make_interval(months => m), 'YYYY-MM'),
         c.commune_code, c.province_code, c.id,
         (1000 * floor(500 + random() * 20000))::int, 'import', 'Sổ bán hàng'
       from bench_coop c cross join generate_series(-24, -1) m
       union all
       select 'irec_bench_s' || s.code || '_' || m, to_char(
           (now() at time zone 'Asia/Ho_Chi_Minh') + make_interval(months => m), 'YYYY-MM'),
         s.code, s.province, null, (1000 * floor(2000 + random() * 60000))::int, 'officer',
         'Khảo sát của chương trình'
       from (select distinct commune_code as code, province_code as province from bench_coop
             where abs(hashtext(commune_code)) % 10 = 0) s
       cross join generate_series(-$1::int, -1) m`,
      [options.months]
    )
    const [buyers] = (
      await client.query<{ n: string }>(
        "select count(distinct buyer_key) as n from impact_order_sale"
      )
    ).rows
    await client.query("drop table bench_line, bench_order, bench_coop")
    return {
      communes: communes.length,
      cooperatives: coops.rowCount ?? 0,
      programme_tags: tags.rowCount ?? 0,
      orders: sales.rowCount ?? 0,
      lines: lines.rowCount ?? 0,
      buyers: Number(buyers?.n ?? 0),
      recorded_sales: recorded.rowCount ?? 0,
    }
  } finally {
    await client.end()
  }
}

/** VACUUM ANALYZE, as autovacuum would after a bulk load: fresh statistics, a visibility map. */
export const vacuumAnalyze = async (url: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(
      "vacuum analyze cooperative, impact_programme_tag, impact_order_sale, impact_order_line, impact_recorded_sale"
    )
  } finally {
    await client.end()
  }
}
