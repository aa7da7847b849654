import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import { CHECKOUT_MODULE } from "../../modules/checkout"
import type CheckoutModuleService from "../../modules/checkout/service"

type Amount = number | string | { numeric?: number } | null | undefined

const toNumber = (value: Amount): number => {
  if (value === null || value === undefined) {
    return 0
  }
  if (typeof value === "object") {
    return Number(value.numeric ?? 0)
  }
  return Number(value)
}

type OrderRow = {
  id: string
  display_id: number
  status: string
  email: string
  created_at: string | Date
  currency_code: string
  item_total: Amount
  shipping_total: Amount
  total: Amount
  metadata: Record<string, unknown> | null
  cooperative?: { id: string; name: string; handle: string } | null
  items: {
    id: string
    title: string
    product_title: string | null
    variant_title: string | null
    thumbnail: string | null
    quantity: Amount
    unit_price: Amount
    total: Amount
  }[]
  shipping_methods: { name: string; amount: Amount }[]
  shipping_address: Record<string, unknown> | null
  payment_collections?: { status: string }[] | null
}

export type CheckoutOrder = {
  id: string
  display_id: number
  cooperative: { id: string; name: string; handle: string } | null
  status: string
  payment_status: string
  items: {
    id: string
    title: string
    product_title: string | null
    variant_title: string | null
    thumbnail: string | null
    quantity: number
    unit_price: number
    total: number
  }[]
  shipping_method: { name: string; amount: number } | null
  item_total: number
  shipping_total: number
  total: number
  cod_amount: number
  shipping_address: Record<string, unknown> | null
}

export type CheckoutView = {
  id: string
  cart_id: string
  email: string
  status: string
  payment_provider_id: string
  currency_code: string
  item_total: number
  shipping_total: number
  total: number
  cod_total: number
  orders: CheckoutOrder[]
  created_at: string | Date
}

const ADDRESS_FIELDS = [
  "first_name",
  "last_name",
  "phone",
  "address_1",
  "address_2",
  "city",
  "province",
  "country_code",
  "metadata",
]

/** A checkout as the buyer sees it: its orders, one per cooperative, with their totals. */
export const loadCheckoutView = async (
  container: MedusaContainer,
  checkoutId: string
): Promise<CheckoutView> => {
  const service = container.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
  const [checkout] = await service.listCheckouts({
    id: checkoutId,
    status: "completed",
  })
  if (!checkout) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Checkout ${checkoutId} was not found.`
    )
  }
  const orderIds: string[] = checkout.order_ids ?? []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "email",
      "created_at",
      "currency_code",
      "item_total",
      "shipping_total",
      "total",
      "metadata",
      "cooperative.id",
      "cooperative.name",
      "cooperative.handle",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.thumbnail",
      "items.quantity",
      "items.unit_price",
      "items.total",
      "shipping_methods.name",
      "shipping_methods.amount",
      ...ADDRESS_FIELDS.map((field) => `shipping_address.${field}`),
      "payment_collections.status",
    ],
    filters: { id: orderIds.length > 0 ? orderIds : ["none"] },
  })) as { data: OrderRow[] }
  const byId = new Map(data.map((order) => [order.id, order]))
  const orders = orderIds.flatMap((id): CheckoutOrder[] => {
    const order = byId.get(id)
    if (!order) {
      return []
    }
    const method = order.shipping_methods[0]
    return [
      {
        id: order.id,
        display_id: order.display_id,
        cooperative: order.cooperative
          ? {
              id: order.cooperative.id,
              name: order.cooperative.name,
              handle: order.cooperative.handle,
            }
          : null,
        status: order.status,
        payment_status: order.payment_collections?.[0]?.status ?? "not_paid",
        items: order.items.map((item) => ({
          id: item.id,
          title: item.title,
          product_title: item.product_title,
          variant_title: item.variant_title,
          thumbnail: item.thumbnail,
          quantity: toNumber(item.quantity),
          unit_price: toNumber(item.unit_price),
          total: toNumber(item.total),
        })),
        shipping_method: method
          ? { name: method.name, amount: toNumber(method.amount) }
          : null,
        item_total: toNumber(order.item_total),
        shipping_total: toNumber(order.shipping_total),
        total: toNumber(order.total),
        cod_amount: toNumber(order.metadata?.cod_amount as Amount),
        shipping_address: order.shipping_address,
      },
    ]
  })
  const sum = (pick: (order: CheckoutOrder) => number) =>
    orders.reduce((total, order) => total + pick(order), 0)
  return {
    id: checkout.id,
    cart_id: checkout.cart_id,
    email: checkout.email,
    status: checkout.status,
    payment_provider_id: checkout.payment_provider_id,
    currency_code: checkout.currency_code,
    item_total: sum((order) => order.item_total),
    shipping_total: sum((order) => order.shipping_total),
    total: sum((order) => order.total),
    cod_total: sum((order) => order.cod_amount),
    orders,
    created_at: checkout.created_at,
  }
}
