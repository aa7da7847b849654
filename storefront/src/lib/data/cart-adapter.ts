import type { Locale } from "@/i18n/routing"
import { cardPaymentEnabled, STRIPE_PROVIDER_ID } from "@/lib/util/card-payment"
import type {
  Cart,
  CartAddress,
  CartCooperative,
  CartGroup,
  CartLine,
  ChosenDelivery,
  DeliveryGroup,
  DeliveryOption,
  PaymentMethod,
} from "@/types/cart"

import {
  absoluteUrl,
  localizedFromMetadata,
  type Metadata,
  text,
} from "./adapter-utils"
import type {
  StoreCart,
  StoreCartAddress,
  StoreCartCooperative,
  StoreCartLineItem,
  StorePaymentProvider,
  StoreShippingOption,
  StoreVariantStock,
} from "./cart-types"

/**
 * The only place that knows the backend's cart, delivery and payment shapes: pages see `Cart`,
 * `DeliveryGroup` and `PaymentMethod`. A line's cooperative comes from the product's link when
 * the cart expands it, else from a look-up of the products (`cooperatives`), else from the
 * line's metadata (`cooperative_id`, `_name`, `_handle`).
 */

/** The group for lines whose cooperative the backend did not name. */
export const UNKNOWN_COOPERATIVE_ID = ""

/** Medusa's name for the only variant of a product sold one way. */
const DEFAULT_VARIANT_TITLES = new Set(["default", "default variant"])

const money = (value: unknown): number | undefined =>
  typeof value === "number" && Number.isFinite(value)
    ? Math.round(value)
    : undefined

const toCooperative = (
  cooperative: StoreCartCooperative | null | undefined
): CartCooperative | undefined => {
  const id = text(cooperative?.id)
  const name = text(cooperative?.name)
  if (!id || !name) {
    return undefined
  }
  const handle = text(cooperative?.handle)
  return { id, name, ...(handle ? { handle } : {}) }
}

const cooperativeFromMetadata = (
  metadata: Metadata
): CartCooperative | undefined =>
  toCooperative({
    id: String(metadata?.cooperative_id ?? ""),
    name: String(metadata?.cooperative_name ?? ""),
    handle: text(metadata?.cooperative_handle) ?? null,
  })

export const lineCooperative = (
  item: StoreCartLineItem,
  cooperatives: ReadonlyMap<string, StoreCartCooperative> = new Map()
): CartCooperative | undefined =>
  toCooperative(item.product?.cooperative) ??
  toCooperative(cooperatives.get(item.product_id ?? "")) ??
  cooperativeFromMetadata(item.metadata)

/**
 * How many of a variant the buyer can still have when that is fewer than `wanted`; undefined
 * when there are enough, or the store does not count this variant (or did not say).
 */
export const shortfall = (
  stock: StoreVariantStock | undefined,
  wanted: number
): number | undefined => {
  if (
    !stock ||
    stock.manage_inventory === false ||
    stock.allow_backorder === true
  ) {
    return undefined
  }
  const quantity = stock.inventory_quantity
  if (typeof quantity !== "number" || !Number.isFinite(quantity)) {
    return undefined
  }
  return quantity < wanted ? Math.max(0, Math.floor(quantity)) : undefined
}

const toLine = (
  item: StoreCartLineItem,
  locale: Locale,
  backendUrl: string,
  stock: ReadonlyMap<string, StoreVariantStock>
): CartLine => {
  const title =
    localizedFromMetadata(
      locale,
      item.product_title ?? item.product?.title,
      item.product?.metadata,
      "title_en"
    ) ??
    text(item.title) ??
    item.id
  const variantTitle = localizedFromMetadata(
    locale,
    item.variant_title ?? item.variant?.title,
    item.variant?.metadata,
    "title_en"
  )
  const showVariant =
    variantTitle !== undefined &&
    variantTitle !== title &&
    !DEFAULT_VARIANT_TITLES.has(variantTitle.toLowerCase())
  const quantity = Math.max(0, Math.round(item.quantity))
  const unitPrice = money(item.unit_price) ?? 0
  const variantId = text(item.variant_id) ?? text(item.variant?.id) ?? ""
  const productHandle = text(item.product_handle) ?? text(item.product?.handle)
  const thumbnail = absoluteUrl(item.thumbnail, backendUrl)
  const available = shortfall(stock.get(variantId), quantity)
  return {
    id: item.id,
    variantId,
    ...(productHandle ? { productHandle } : {}),
    title,
    ...(showVariant ? { variantTitle } : {}),
    quantity,
    unitPrice,
    total: money(item.total) ?? unitPrice * quantity,
    ...(thumbnail ? { thumbnail } : {}),
    ...(available !== undefined ? { available } : {}),
  }
}

const toAddress = (
  address: StoreCartAddress | null | undefined
): CartAddress | undefined => {
  const name = [text(address?.first_name), text(address?.last_name)]
    .filter(Boolean)
    .join(" ")
  const provinceCode = text(address?.province)
  if (!address || !name || !provinceCode) {
    return undefined
  }
  const communeCode = text(address.metadata?.commune_code)
  return {
    name,
    phone: text(address.phone) ?? "",
    line: text(address.address_1) ?? "",
    provinceCode,
    ...(communeCode ? { communeCode } : {}),
    communeName: text(address.city) ?? "",
  }
}

const byCreation = (a: StoreCartLineItem, b: StoreCartLineItem): number =>
  (a.created_at ?? "").localeCompare(b.created_at ?? "") ||
  a.id.localeCompare(b.id)

/** Which cooperative each shipping option serves, from the delivery listing. */
export const optionCooperatives = (
  options: readonly StoreShippingOption[]
): Map<string, string> =>
  new Map(
    options.flatMap((option) => {
      const cooperativeId =
        text(option.cooperative?.id) ?? text(option.cooperative_id)
      return cooperativeId ? [[option.id, cooperativeId] as const] : []
    })
  )

type ToCartOptions = {
  locale: Locale
  backendUrl: string
  /** The variants' stock, by variant id, when it was looked up. */
  stock?: ReadonlyMap<string, StoreVariantStock>
  /** Product id → its cooperative, when the cart's answer does not carry it. */
  cooperatives?: ReadonlyMap<string, StoreCartCooperative>
  /** Shipping option id → the cooperative it serves (see `optionCooperatives`). */
  optionCooperative?: ReadonlyMap<string, string>
}

/**
 * The cart grouped by cooperative, groups in the order their first product went in, each with
 * its subtotal and, once the buyer picked one, its parcel's delivery.
 */
export const toCart = (
  cart: StoreCart,
  {
    locale,
    backendUrl,
    stock = new Map(),
    cooperatives = new Map(),
    optionCooperative = new Map(),
  }: ToCartOptions
): Cart => {
  const groups = new Map<string, CartGroup>()
  for (const item of [...(cart.items ?? [])].sort(byCreation)) {
    const cooperative = lineCooperative(item, cooperatives) ?? {
      id: UNKNOWN_COOPERATIVE_ID,
      name: "",
    }
    const group = groups.get(cooperative.id) ?? {
      cooperative,
      lines: [],
      subtotal: 0,
    }
    const line = toLine(item, locale, backendUrl, stock)
    group.lines.push(line)
    group.subtotal += line.total
    groups.set(cooperative.id, group)
  }

  const unassigned: string[] = []
  for (const method of cart.shipping_methods ?? []) {
    const optionId = text(method.shipping_option_id) ?? ""
    const group = groups.get(optionCooperative.get(optionId) ?? "\u0000")
    if (!group || group.delivery) {
      unassigned.push(method.id)
      continue
    }
    const delivery: ChosenDelivery = {
      methodId: method.id,
      optionId,
      name: text(method.name) ?? "",
      amount: money(method.amount) ?? 0,
    }
    group.delivery = delivery
  }

  const lines = [...groups.values()].flatMap((group) => group.lines)
  const itemTotal =
    money(cart.item_total) ?? lines.reduce((sum, line) => sum + line.total, 0)
  const shippingTotal =
    money(cart.shipping_total) ??
    (cart.shipping_methods ?? []).reduce(
      (sum, method) => sum + (money(method.amount) ?? 0),
      0
    )
  const email = text(cart.email)
  const address = toAddress(cart.shipping_address)
  return {
    id: cart.id,
    regionId: text(cart.region_id) ?? "",
    ...(email ? { email } : {}),
    ...(address ? { address } : {}),
    groups: [...groups.values()],
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    itemTotal,
    shippingTotal,
    total: money(cart.total) ?? itemTotal + shippingTotal,
    deliveryMethodIds: unassigned,
  }
}

const SERVICES = new Set(["standard", "express"])

/** The courier's own name from its fulfillment provider ("vnpost-table_vnpost-table" → VNPost). */
const COURIERS: readonly [RegExp, string][] = [
  [/^vnpost/, "VNPost"],
  [/^ghn/, "GHN"],
  [/^ghtk/, "GHTK"],
  [/^viettel/, "Viettel Post"],
]

export const courierName = (
  providerId: string | undefined
): string | undefined =>
  COURIERS.find(([pattern]) => pattern.test(providerId ?? ""))?.[1]

const toDeliveryOption = (option: StoreShippingOption): DeliveryOption => {
  const amount = money(option.amount)
  const quoteError =
    text(option.quote_error) ?? (amount === undefined ? "" : undefined)
  const service = text(option.service)
  const days = option.delivery_days
  const courier = courierName(option.provider_id)
  return {
    id: option.id,
    name: text(option.name) ?? option.id,
    ...(courier ? { courier } : {}),
    ...(service && SERVICES.has(service)
      ? { service: service as "standard" | "express" }
      : {}),
    ...(amount !== undefined && quoteError === undefined ? { amount } : {}),
    ...(days &&
    Number.isFinite(days.min) &&
    Number.isFinite(days.max) &&
    days.min >= 0
      ? { days: { min: days.min, max: Math.max(days.min, days.max) } }
      : {}),
    ...(quoteError !== undefined ? { quoteError } : {}),
    insufficientInventory: option.insufficient_inventory === true,
  }
}

/** Cheapest quoted first, then the unquoted ones; standard before express at the same price. */
const byPrice = (a: DeliveryOption, b: DeliveryOption): number =>
  (a.amount ?? Number.POSITIVE_INFINITY) -
    (b.amount ?? Number.POSITIVE_INFINITY) ||
  (a.service === "express" ? 1 : 0) - (b.service === "express" ? 1 : 0) ||
  a.name.localeCompare(b.name)

/**
 * The delivery choices for each cooperative in the cart, in the cart's order. A cooperative with
 * no option at all is listed with none: its couriers do not reach the buyer's commune.
 */
export const toDeliveryGroups = (
  options: readonly StoreShippingOption[],
  cart: Cart
): DeliveryGroup[] => {
  const byCooperative = new Map<string, DeliveryOption[]>()
  for (const option of options) {
    const cooperativeId =
      text(option.cooperative?.id) ?? text(option.cooperative_id)
    if (!cooperativeId) {
      continue
    }
    const list = byCooperative.get(cooperativeId) ?? []
    list.push(toDeliveryOption(option))
    byCooperative.set(cooperativeId, list)
  }
  return cart.groups.map((group) => {
    const chosen = group.delivery?.optionId
    return {
      cooperative: group.cooperative,
      options: [...(byCooperative.get(group.cooperative.id) ?? [])].sort(
        byPrice
      ),
      ...(chosen ? { chosenOptionId: chosen } : {}),
    }
  })
}

/** Every cooperative has a delivery picked: the cart can be ordered. */
export const deliveryComplete = (cart: Cart): boolean =>
  cart.groups.length > 0 && cart.groups.every((group) => group.delivery)

const paymentKind = (id: string): PaymentMethod["kind"] | "other" =>
  id.startsWith("pp_cod")
    ? "cod"
    : id.startsWith("pp_stripe")
      ? "card"
      : "other"

/**
 * The payments this shop can take, cash on delivery first (and chosen by default). A card only
 * when the backend lists Stripe and the storefront has a Stripe publishable key for Elements.
 */
export const toPaymentMethods = (
  providers: readonly StorePaymentProvider[],
  stripePublishableKey?: string
): PaymentMethod[] => {
  const cardEnabled = cardPaymentEnabled(
    providers.map((provider) => provider.id),
    stripePublishableKey
  )
  return providers
    .flatMap((provider): PaymentMethod[] => {
      const kind = paymentKind(provider.id)
      return kind === "cod" ||
        (kind === "card" && provider.id === STRIPE_PROVIDER_ID && cardEnabled)
        ? [{ id: provider.id, kind }]
        : []
    })
    .sort(
      (a, b) =>
        Number(b.kind === "cod") - Number(a.kind === "cod") ||
        a.id.localeCompare(b.id)
    )
}
