import type {
  Checkout,
  CheckoutAddress,
  CheckoutItem,
  CheckoutOrder,
} from "@/types/checkout"

import { STRIPE_PROVIDER_ID } from "@/lib/util/card-payment"

import { text } from "./adapter-utils"
import type {
  StoreCartAddress,
  StoreCheckout,
  StoreCheckoutItem,
  StoreCheckoutOrder,
} from "./cart-types"

/** The only place that knows the checkout route's shape: pages see `Checkout`. */

const money = (value: unknown, fallback = 0): number =>
  typeof value === "number" && Number.isFinite(value)
    ? Math.round(value)
    : fallback

const toItem = (item: StoreCheckoutItem): CheckoutItem => {
  const title =
    text(item.product_title) ?? text(item.title) ?? text(item.variant_title)
  const variantTitle = text(item.variant_title)
  const unitPrice = money(item.unit_price)
  return {
    id: item.id,
    title: title ?? item.id,
    ...(variantTitle &&
    variantTitle !== title &&
    !/^default( variant)?$/i.test(variantTitle)
      ? { variantTitle }
      : {}),
    quantity: item.quantity,
    unitPrice,
    total: money(item.total, unitPrice * item.quantity),
  }
}

const toAddress = (
  address: StoreCartAddress | null | undefined
): CheckoutAddress | undefined => {
  const name = [text(address?.first_name), text(address?.last_name)]
    .filter(Boolean)
    .join(" ")
  if (!address || !name) {
    return undefined
  }
  return {
    name,
    phone: text(address.phone) ?? "",
    line: text(address.address_1) ?? "",
    communeName: text(address.city) ?? "",
    provinceCode: text(address.province) ?? "",
  }
}

const toOrder = (order: StoreCheckoutOrder): CheckoutOrder => {
  const items = (order.items ?? []).map(toItem)
  const itemTotal = money(
    order.item_total,
    items.reduce((sum, item) => sum + item.total, 0)
  )
  const shippingAmount = order.shipping_method
    ? money(order.shipping_method.amount)
    : undefined
  const handle = text(order.cooperative?.handle)
  return {
    id: order.id,
    displayId: String(order.display_id),
    cooperative: {
      id: text(order.cooperative?.id) ?? "",
      name: text(order.cooperative?.name) ?? "",
      ...(handle ? { handle } : {}),
    },
    status: text(order.status) ?? "pending",
    paymentStatus: text(order.payment_status) ?? "",
    items,
    ...(order.shipping_method
      ? {
          shipping: {
            name: text(order.shipping_method.name) ?? "",
            amount: shippingAmount ?? 0,
          },
        }
      : {}),
    itemTotal,
    shippingTotal: money(order.shipping_total, shippingAmount ?? 0),
    total: money(order.total),
    codAmount: money(order.cod_amount),
  }
}

export const toCheckout = (checkout: StoreCheckout): Checkout => {
  const orders = checkout.orders.map(toOrder)
  const email = text(checkout.email)
  const createdAt = text(checkout.created_at)
  const address = checkout.orders
    .map((order) => toAddress(order.shipping_address))
    .find(Boolean)
  return {
    id: checkout.id,
    ...(email ? { email } : {}),
    ...(createdAt ? { createdAt } : {}),
    itemTotal: money(
      checkout.item_total,
      orders.reduce((sum, order) => sum + order.itemTotal, 0)
    ),
    shippingTotal: money(
      checkout.shipping_total,
      orders.reduce((sum, order) => sum + order.shippingTotal, 0)
    ),
    total: money(
      checkout.total,
      orders.reduce((sum, order) => sum + order.total, 0)
    ),
    codTotal: money(
      checkout.cod_total,
      orders.reduce((sum, order) => sum + order.codAmount, 0)
    ),
    paidByCard: checkout.payment_provider_id === STRIPE_PROVIDER_ID,
    ...(address ? { address } : {}),
    orders,
  }
}
