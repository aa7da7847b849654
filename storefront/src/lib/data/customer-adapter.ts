import type {
  AccountAddress,
  AddressInput,
  Customer,
  OrderDetail,
  OrderLine,
  OrderProgress,
  OrderSummary,
  PaymentWording,
  PostalAddress,
} from "@/types/account"

import { absoluteUrl, type Metadata, text } from "./adapter-utils"
import type {
  StoreAccountAddress,
  StoreAccountCustomer,
  StoreAccountOrder,
  StoreAccountOrderItem,
  StoreAddressBody,
} from "./customer-types"

/** Medusa keeps a name in two fields; a Vietnamese name is one, kept in `first_name`. */
const fullName = (first: unknown, last: unknown): string =>
  [text(first), text(last)].filter(Boolean).join(" ")

/** A whole number of đồng from a total, a metadata value or a numeric string; else 0. */
const dong = (value: unknown): number => {
  const number =
    typeof value === "number"
      ? value
      : typeof value === "string" && /^\d+(\.\d+)?$/.test(value.trim())
        ? Number(value)
        : Number.NaN
  return Number.isFinite(number) ? Math.round(number) : 0
}

const communeCodeOf = (metadata: Metadata): string | undefined => {
  const code = metadata?.commune_code
  return typeof code === "string" && /^\d{5}$/.test(code) ? code : undefined
}

const toPostalAddress = (
  address: Omit<StoreAccountAddress, "id">
): PostalAddress => ({
  name: fullName(address.first_name, address.last_name),
  phone: text(address.phone) ?? "",
  line: text(address.address_1) ?? "",
  provinceCode: text(address.province) ?? "",
  communeCode: communeCodeOf(address.metadata),
  communeName: text(address.city) ?? "",
})

export const toAccountAddress = (
  address: StoreAccountAddress
): AccountAddress => ({
  id: address.id,
  ...toPostalAddress(address),
  isDefaultShipping: address.is_default_shipping === true,
})

/** The default delivery address first, then the rest in the order they were added. */
export const toCustomer = (customer: StoreAccountCustomer): Customer => {
  const addresses = (customer.addresses ?? []).map(toAccountAddress)
  return {
    id: customer.id,
    email: customer.email,
    name: fullName(customer.first_name, customer.last_name),
    phone: text(customer.phone) ?? "",
    addresses: [
      ...addresses.filter((address) => address.isDefaultShipping),
      ...addresses.filter((address) => !address.isDefaultShipping),
    ],
  }
}

/**
 * An address as the backend stores it (issue 5): the recipient's whole name in `first_name`,
 * `province` the 2025 province code, `city` the commune's or ward's name, its code in metadata.
 */
export const toStoreAddressBody = (input: AddressInput): StoreAddressBody => ({
  first_name: input.name,
  last_name: "",
  phone: input.phone,
  address_1: input.line,
  country_code: "vn",
  province: input.provinceCode,
  city: input.communeName,
  metadata: { commune_code: input.communeCode },
})

/** Where an order is, from Medusa's order and fulfilment states. */
export const orderProgress = (
  status: string | null | undefined,
  fulfillmentStatus: string | null | undefined
): OrderProgress => {
  if (status === "canceled") {
    return "canceled"
  }
  if (status === "completed" || status === "archived") {
    return "completed"
  }
  switch (fulfillmentStatus) {
    case "delivered":
      return "delivered"
    case "partially_delivered":
      return "partlyDelivered"
    case "shipped":
    case "partially_shipped":
      return "onTheWay"
    case "fulfilled":
    case "partially_fulfilled":
      return "packed"
    default:
      return status === "requires_action" ? "needsAttention" : "preparing"
  }
}

/**
 * How an order is paid. A cash-on-delivery order is authorised at checkout and captured only when
 * the courier hands the cash over, so until then the buyer reads "pay on delivery".
 */
export const paymentWording = (
  paymentStatus: string | null | undefined,
  codAmount: number
): PaymentWording => {
  switch (paymentStatus) {
    case "captured":
      return "paid"
    case "partially_captured":
      return "partlyPaid"
    case "refunded":
      return "refunded"
    case "partially_refunded":
      return "partlyRefunded"
    case "canceled":
      return "canceled"
    case "requires_action":
      return "needsAction"
    default:
      if (codAmount > 0) {
        return "payOnDelivery"
      }
      return paymentStatus === "authorized" ||
        paymentStatus === "partially_authorized"
        ? "authorized"
        : "notPaid"
  }
}

const codAmountOf = (order: StoreAccountOrder): number =>
  dong(order.metadata?.cod_amount)

export const toOrderSummary = (order: StoreAccountOrder): OrderSummary => ({
  id: order.id,
  displayId: String(order.display_id ?? order.id),
  createdAt: order.created_at,
  cooperativeName: text(order.metadata?.cooperative_name),
  total: dong(order.total),
  progress: orderProgress(order.status, order.fulfillment_status),
  payment: paymentWording(order.payment_status, codAmountOf(order)),
})

const toOrderLine = (
  item: StoreAccountOrderItem,
  backend: string
): OrderLine => {
  const title = text(item.product_title) ?? text(item.title) ?? ""
  const variantTitle = text(item.variant_title)
  return {
    id: item.id,
    title,
    variantTitle:
      variantTitle && variantTitle !== title && variantTitle !== "Default"
        ? variantTitle
        : undefined,
    quantity: item.quantity,
    unitPrice: dong(item.unit_price),
    total: item.total == null ? item.unit_price * item.quantity : item.total,
    thumbnail: absoluteUrl(item.thumbnail, backend),
  }
}

/** `backend`: the backend's base URL, for thumbnails it hands back as a path. */
export const toOrderDetail = (
  order: StoreAccountOrder,
  backend: string
): OrderDetail => {
  const method = order.shipping_methods?.[0]
  const lines = (order.items ?? []).map((item) => toOrderLine(item, backend))
  const shippingTotal =
    order.shipping_total == null
      ? (order.shipping_methods ?? []).reduce(
          (sum, shipping) => sum + dong(shipping.amount),
          0
        )
      : dong(order.shipping_total)
  return {
    ...toOrderSummary(order),
    lines,
    itemTotal:
      order.item_total == null
        ? lines.reduce((sum, line) => sum + line.total, 0)
        : dong(order.item_total),
    shippingTotal,
    shippingMethod: text(method?.name),
    codAmount: codAmountOf(order),
    shippingAddress: order.shipping_address
      ? toPostalAddress(order.shipping_address)
      : undefined,
  }
}
