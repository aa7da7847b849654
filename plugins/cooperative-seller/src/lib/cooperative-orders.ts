import type { MedusaContainer, OrderDetailDTO } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  getLastFulfillmentStatus,
  getLastPaymentStatus,
} from "@medusajs/medusa/core-flows"

import OrderCooperativeLink from "../links/order-cooperative"

export const SELLER_ORDER_STATUSES = [
  "to_pack",
  "shipped",
  "delivered",
  "canceled",
] as const

export type SellerOrderStatus = (typeof SELLER_ORDER_STATUSES)[number]

/** The ids of a cooperative's orders, read from the order ↔ cooperative link. */
export const listCooperativeOrderIds = async (
  container: MedusaContainer,
  cooperativeId: string,
  orderIds?: string[]
): Promise<string[]> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: OrderCooperativeLink.entryPoint,
    fields: ["order_id"],
    filters: {
      cooperative_id: cooperativeId,
      ...(orderIds ? { order_id: orderIds } : {}),
    },
  })) as { data: { order_id: string }[] }
  return data.map((row) => row.order_id)
}

// What Medusa's own order list reads to work out payment and fulfilment status.
const STATUS_FIELDS = [
  "id",
  "status",
  "created_at",
  "currency_code",
  "items.id",
  "items.quantity",
  "items.raw_quantity",
  "items.detail.fulfilled_quantity",
  "items.detail.raw_fulfilled_quantity",
  "payment_collections.status",
  "payment_collections.amount",
  "payment_collections.captured_amount",
  "payment_collections.refunded_amount",
  "fulfillments.packed_at",
  "fulfillments.shipped_at",
  "fulfillments.delivered_at",
  "fulfillments.canceled_at",
]

const ORDER_FIELDS = [
  ...STATUS_FIELDS,
  "display_id",
  "item_total",
  "shipping_total",
  "total",
  "items.title",
  "items.product_id",
  "items.product_title",
  "items.variant_title",
  "items.unit_price",
  "items.total",
  "items.thumbnail",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.phone",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.metadata",
  "metadata",
  "payment_collections.payments.provider_id",
]

type OrderRow = {
  id: string
  status: string
  created_at: Date | string
  currency_code: string
  display_id?: number
  item_total?: unknown
  shipping_total?: unknown
  total?: unknown
  items?: {
    id: string
    title: string
    product_id: string | null
    product_title?: string | null
    variant_title: string | null
    quantity: unknown
    unit_price: unknown
    total: unknown
    thumbnail: string | null
  }[]
  shipping_address?: {
    first_name: string | null
    last_name: string | null
    phone: string | null
    address_1: string | null
    city: string | null
    province: string | null
    metadata: Record<string, unknown> | null
  } | null
  metadata?: Record<string, unknown> | null
  payment_collections?: { payments?: { provider_id: string }[] | null }[] | null
}

/** How the buyer pays: cash to the courier, a card, or (orders made before checkout) unknown. */
const paymentMethodOf = (order: OrderRow): "cod" | "card" | null => {
  const provider = order.payment_collections
    ?.flatMap((collection) => collection.payments ?? [])
    .map((payment) => payment.provider_id)[0]
  if (provider === "pp_cod_cod") {
    return "cod"
  }
  return provider ? "card" : null
}

type Statuses = { payment_status: string; fulfillment_status: string }

const statusesOf = (order: OrderRow): Statuses => {
  const detail = {
    payment_collections: [],
    fulfillments: [],
    items: [],
    ...order,
  } as unknown as OrderDetailDTO
  return {
    payment_status: getLastPaymentStatus(detail),
    fulfillment_status: getLastFulfillmentStatus(detail),
  }
}

/**
 * The seller's view of an order's state. `to_pack`: something is still to be packed;
 * `shipped`: packed and handed over, or on its way (partly delivered included); `delivered`:
 * all of it delivered; `canceled`: the order was canceled.
 */
export const sellerStatusOf = (
  order: Pick<OrderRow, "status">,
  statuses: Statuses
): SellerOrderStatus => {
  if (order.status === "canceled") {
    return "canceled"
  }
  switch (statuses.fulfillment_status) {
    case "delivered":
      return "delivered"
    case "fulfilled":
    case "partially_shipped":
    case "shipped":
    case "partially_delivered":
      return "shipped"
    default:
      return "to_pack"
  }
}

const money = (value: unknown): number => Number(value ?? 0)

/** An order as its cooperative sees it: what to pack and where it goes, not who paid. */
const present = (order: OrderRow) => {
  const statuses = statusesOf(order)
  const address = order.shipping_address
  const communeCode = address?.metadata?.commune_code
  return {
    id: order.id,
    display_id: order.display_id ?? null,
    created_at: new Date(order.created_at).toISOString(),
    status: order.status,
    ...statuses,
    seller_status: sellerStatusOf(order, statuses),
    currency_code: order.currency_code,
    item_total: money(order.item_total),
    shipping_total: money(order.shipping_total),
    total: money(order.total),
    payment_method: paymentMethodOf(order),
    /** The cash the courier collects from the buyer for this order (0 when paid by card). */
    cod_amount:
      paymentMethodOf(order) === "cod"
        ? money(order.metadata?.cod_amount ?? order.total)
        : 0,
    items: (order.items ?? []).map((item) => ({
      id: item.id,
      title: item.product_title ?? item.title,
      product_id: item.product_id,
      variant_title: item.variant_title,
      quantity: money(item.quantity),
      unit_price: money(item.unit_price),
      total: money(item.total),
      thumbnail: item.thumbnail,
    })),
    shipping_address: address
      ? {
          first_name: address.first_name,
          last_name: address.last_name,
          phone: address.phone,
          address_1: address.address_1,
          city: address.city,
          province: address.province,
          commune_code: typeof communeCode === "string" ? communeCode : null,
        }
      : null,
  }
}

export type SellerOrder = ReturnType<typeof present>

const graphOrders = async (
  container: MedusaContainer,
  fields: string[],
  filters: Record<string, unknown>,
  pagination?: { skip: number; take: number }
): Promise<{ rows: OrderRow[]; count: number }> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = (await query.graph({
    entity: "order",
    fields,
    filters,
    pagination: {
      ...(pagination ?? {}),
      order: { created_at: "DESC", id: "ASC" },
    },
  })) as { data: OrderRow[]; metadata?: { count: number } }
  return { rows: data, count: metadata?.count ?? data.length }
}

/** Each of the given orders' seller status, read with the fields Medusa computes it from. */
export const loadSellerStatuses = async (
  container: MedusaContainer,
  orderIds: string[],
  filters: Record<string, unknown> = {}
): Promise<(OrderRow & { seller_status: SellerOrderStatus })[]> => {
  if (orderIds.length === 0) {
    return []
  }
  const { rows } = await graphOrders(container, STATUS_FIELDS, {
    id: orderIds,
    ...filters,
  })
  return rows.map((row) => ({
    ...row,
    seller_status: sellerStatusOf(row, statusesOf(row)),
  }))
}

/** A page of the cooperative's orders, newest first, optionally in one seller status. */
export const listSellerOrders = async (
  container: MedusaContainer,
  cooperativeId: string,
  page: { limit: number; offset: number; status?: SellerOrderStatus }
): Promise<{ orders: SellerOrder[]; count: number }> => {
  const ids = await listCooperativeOrderIds(container, cooperativeId)
  if (ids.length === 0) {
    return { orders: [], count: 0 }
  }
  if (!page.status) {
    const { rows, count } = await graphOrders(
      container,
      ORDER_FIELDS,
      { id: ids },
      { skip: page.offset, take: page.limit }
    )
    return { orders: rows.map(present), count }
  }
  // The status is worked out from fulfilments and items, so it is filtered here, among this
  // cooperative's orders only.
  const matching = (await loadSellerStatuses(container, ids))
    .filter((row) => row.seller_status === page.status)
    .map((row) => row.id)
  const pageIds = matching.slice(page.offset, page.offset + page.limit)
  const { rows } =
    pageIds.length > 0
      ? await graphOrders(container, ORDER_FIELDS, { id: pageIds })
      : { rows: [] }
  return { orders: rows.map(present), count: matching.length }
}

/** One of the cooperative's orders; any other id is not found. */
export const loadSellerOrder = async (
  container: MedusaContainer,
  cooperativeId: string,
  orderId: string
): Promise<SellerOrder> => {
  const [owned] = await listCooperativeOrderIds(container, cooperativeId, [
    orderId,
  ])
  const { rows } = owned
    ? await graphOrders(container, ORDER_FIELDS, { id: owned })
    : { rows: [] }
  const [order] = rows
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no order with id ${orderId}.`
    )
  }
  return present(order)
}
