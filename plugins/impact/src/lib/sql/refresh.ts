import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * The online sales of orders, summarised from Medusa's order and payment tables in SQL: one row
 * per counted order in impact_order_sale and one per line in impact_order_line. The rules are
 * IMPACT_API.md's: an order counts once its payment is captured, for its item total (VAT
 * included, shipping excluded, discounts off) minus refunds, never below zero, dated by its first
 * capture; a cancelled order counts nothing. Orders not linked to a cooperative are not ours.
 */

// Each line's total as Medusa computes it: quantity × unit price less adjustments, plus the tax
// lines when the price excludes tax; rounded to the đồng.
const LINES_SQL = `
  select
    o.id as order_id,
    oc.cooperative_id,
    li.id as line_id,
    li.product_id,
    left(coalesce(li.product_title, li.title), 300) as title,
    oi.quantity::integer as quantity,
    round(
      case when li.is_tax_inclusive
        then (oi.quantity * coalesce(oi.unit_price, li.unit_price)) - coalesce(adj.amount, 0)
        else ((oi.quantity * coalesce(oi.unit_price, li.unit_price)) - coalesce(adj.amount, 0))
          * (1 + coalesce(tax.rate, 0) / 100)
      end
    )::bigint as item_value
  from "order" o
  join order_order_cooperative_cooperative oc
    on oc.order_id = o.id and oc.deleted_at is null
  join order_item oi
    on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
  join order_line_item li on li.id = oi.item_id and li.deleted_at is null
  left join lateral (
    select sum(a.amount) as amount from order_line_item_adjustment a
    where a.item_id = li.id and a.deleted_at is null
      and (a.version is null or a.version = o.version)
  ) adj on true
  left join lateral (
    select sum(t.rate) as rate from order_line_item_tax_line t
    where t.item_id = li.id and t.deleted_at is null
  ) tax on true
  where o.deleted_at is null and o.is_draft_order = false
    and o.status <> 'canceled' and o.canceled_at is null
    and oi.quantity > 0
`

// Captures and refunds per payment first, so that neither multiplies the other.
const PAYMENTS_SQL = `
  select opc.order_id,
    coalesce(sum(cap.amount), 0) as captured,
    min(cap.first_at) as first_capture,
    coalesce(sum(ref.amount), 0) as refunded
  from order_payment_collection opc
  join payment p
    on p.payment_collection_id = opc.payment_collection_id and p.deleted_at is null
  left join lateral (
    select sum(c.amount) as amount, min(c.created_at) as first_at from capture c
    where c.payment_id = p.id and c.deleted_at is null
  ) cap on true
  left join lateral (
    select sum(r.amount) as amount from refund r
    where r.payment_id = p.id and r.deleted_at is null
  ) ref on true
  where opc.deleted_at is null
`

const summarise = (orderFilter: string): { sales: string; lines: string } => {
  const lines = `${LINES_SQL} ${orderFilter ? `and o.id = any(:ids)` : ""}`
  const payments = `${PAYMENTS_SQL} ${orderFilter ? `and opc.order_id = any(:ids)` : ""} group by opc.order_id`
  return {
    sales: `
      insert into impact_order_sale
        (order_id, cooperative_id, buyer_key, sold_at, item_total, refunded, sales_value)
      select o.id, l.cooperative_id,
        coalesce(o.customer_id, 'email:' || lower(o.email), 'order:' || o.id),
        pay.first_capture, l.item_total, pay.refunded::bigint,
        greatest(l.item_total - pay.refunded::bigint, 0)
      from (select order_id, min(cooperative_id) as cooperative_id,
              sum(item_value)::bigint as item_total
            from (${lines}) x group by order_id) l
      join "order" o on o.id = l.order_id
      join (${payments}) pay on pay.order_id = l.order_id
      where pay.captured > 0
      on conflict (order_id) do update set
        cooperative_id = excluded.cooperative_id, buyer_key = excluded.buyer_key,
        sold_at = excluded.sold_at, item_total = excluded.item_total,
        refunded = excluded.refunded, sales_value = excluded.sales_value, refreshed_at = now()
    `,
    lines: `
      insert into impact_order_line
        (line_id, order_id, cooperative_id, sold_at, product_id, title, quantity, item_value)
      select l.line_id, l.order_id, s.cooperative_id, s.sold_at, l.product_id, l.title,
        l.quantity, l.item_value
      from (${lines}) l
      join impact_order_sale s on s.order_id = l.order_id
      on conflict (line_id) do update set
        order_id = excluded.order_id, cooperative_id = excluded.cooperative_id,
        sold_at = excluded.sold_at, product_id = excluded.product_id, title = excluded.title,
        quantity = excluded.quantity, item_value = excluded.item_value
    `,
  }
}

/**
 * Recomputes the summary rows of the given orders, in one transaction, each order's rows locked
 * against a concurrent refresh of the same order. Returns how many of them count as sales.
 */
export const refreshOrderSales = async (
  db: Knex,
  orderIds: string[]
): Promise<number> => {
  const ids = [...new Set(orderIds)].filter(Boolean).sort()
  if (ids.length === 0) {
    return 0
  }
  const { sales, lines } = summarise("ids")
  return db.transaction(async (trx) => {
    await trx.raw(
      `select pg_advisory_xact_lock(hashtextextended('impact:' || id, 0)) from unnest(?::text[]) id`,
      [ids]
    )
    await trx.raw(`delete from impact_order_sale where order_id = any(?)`, [
      ids,
    ])
    await trx.raw(sales, { ids })
    await trx.raw(lines, { ids })
    const counted = await trx.raw<{ rows: { n: string }[] }>(
      `select count(*) as n from impact_order_sale where order_id = any(?)`,
      [ids]
    )
    return Number(counted.rows[0]?.n ?? 0)
  })
}

/** Rebuilds the whole summary from Medusa's tables; the tables are locked meanwhile. */
export const rebuildAllOrderSales = async (db: Knex): Promise<number> => {
  const { sales, lines } = summarise("")
  return db.transaction(async (trx) => {
    await trx.raw(
      `lock table impact_order_sale, impact_order_line in exclusive mode`
    )
    await trx.raw(`delete from impact_order_line`)
    await trx.raw(`delete from impact_order_sale`)
    await trx.raw(sales)
    await trx.raw(lines)
    const counted = await trx.raw<{ rows: { n: string }[] }>(
      `select count(*) as n from impact_order_sale`
    )
    return Number(counted.rows[0]?.n ?? 0)
  })
}
