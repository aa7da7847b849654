import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import {
  listCooperativeOrderIds,
  loadSellerStatuses,
} from "./cooperative-orders"

export const SUMMARY_MONTHS = 12
export const TOP_PRODUCTS = 5

// Months are counted in Vietnam's time (UTC+7 all year round), as the cooperative lives them.
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000

const monthOf = (date: Date): string =>
  new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 7)

/** The last 12 months ("2026-11"), oldest first, and the instant the oldest one began. */
export const lastMonths = (now: Date): { months: string[]; start: Date } => {
  const local = new Date(now.getTime() + VIETNAM_OFFSET_MS)
  const year = local.getUTCFullYear()
  const month = local.getUTCMonth()
  const months = Array.from({ length: SUMMARY_MONTHS }, (_, index) =>
    new Date(Date.UTC(year, month - (SUMMARY_MONTHS - 1) + index, 1))
      .toISOString()
      .slice(0, 7)
  )
  const start = new Date(
    Date.UTC(year, month - (SUMMARY_MONTHS - 1), 1) - VIETNAM_OFFSET_MS
  )
  return { months, start }
}

type SummaryOrder = {
  id: string
  created_at: Date | string
  item_total: unknown
  items?: {
    product_id: string | null
    product_title: string | null
    title: string
    quantity: unknown
    total: unknown
  }[]
}

/**
 * A cooperative's sales: revenue and order count per month for the last 12 months (zeros
 * included), its 5 best-selling products over those months, and how many orders wait to be
 * packed. Revenue is the item total of its orders that are not canceled: what buyers pay for the
 * goods, discounts taken off and tax included, shipping left out. Only this cooperative's orders
 * are read.
 */
export const loadSalesSummary = async (
  container: MedusaContainer,
  cooperativeId: string,
  now: Date = new Date()
) => {
  const { months, start } = lastMonths(now)
  const ids = await listCooperativeOrderIds(container, cooperativeId)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: orders } = (
    ids.length > 0
      ? await query.graph({
          entity: "order",
          fields: [
            "id",
            "created_at",
            "item_total",
            "items.product_id",
            "items.product_title",
            "items.title",
            "items.quantity",
            "items.total",
          ],
          filters: {
            id: ids,
            status: { $ne: "canceled" },
            created_at: { $gte: start },
          },
        })
      : { data: [] }
  ) as { data: SummaryOrder[] }

  const byMonth = new Map(
    months.map((month) => [month, { revenue: 0, orders: 0 }])
  )
  const byProduct = new Map<
    string,
    { product_id: string; title: string; quantity: number; revenue: number }
  >()
  for (const order of orders) {
    const bucket = byMonth.get(monthOf(new Date(order.created_at)))
    if (!bucket) {
      continue
    }
    bucket.revenue += Number(order.item_total ?? 0)
    bucket.orders += 1
    for (const item of order.items ?? []) {
      if (!item.product_id) {
        continue
      }
      const entry = byProduct.get(item.product_id) ?? {
        product_id: item.product_id,
        title: item.product_title ?? item.title,
        quantity: 0,
        revenue: 0,
      }
      entry.quantity += Number(item.quantity ?? 0)
      entry.revenue += Number(item.total ?? 0)
      byProduct.set(item.product_id, entry)
    }
  }

  const toPack = (
    await loadSellerStatuses(container, ids, { status: { $ne: "canceled" } })
  ).filter((order) => order.seller_status === "to_pack").length

  return {
    revenue_by_month: months.map((month) => ({
      month,
      ...(byMonth.get(month) ?? { revenue: 0, orders: 0 }),
    })),
    top_products: [...byProduct.values()]
      .sort(
        (a, b) =>
          b.revenue - a.revenue ||
          b.quantity - a.quantity ||
          a.title.localeCompare(b.title, "vi")
      )
      .slice(0, TOP_PRODUCTS),
    to_pack: toPack,
    currency_code: "vnd",
  }
}

export type SalesSummary = Awaited<ReturnType<typeof loadSalesSummary>>
