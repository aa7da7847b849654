import "server-only"

import { FetchError } from "@medusajs/js-sdk"

import type { Locale } from "@/i18n/routing"
import type { Cart, DeliveryGroup, PaymentMethod } from "@/types/cart"

import {
  optionCooperatives,
  toCart,
  toDeliveryGroups,
  toPaymentMethods,
} from "./cart-adapter"
import type {
  StoreCart,
  StoreCartCooperative,
  StorePaymentProvider,
  StoreShippingOption,
  StoreVariantStock,
} from "./cart-types"
import { backendUrl, sdk, stripePublishableKey } from "./config"
import { privateCookie } from "./private-cookie"
import { readCustomerToken } from "./customer"
import { getVndRegion } from "./regions"

/** The cart's id lives in an httpOnly cookie: page scripts never see it. */
const CART_COOKIE = "cp_cart"
/** A cart waits a month for its buyer. */
const CART_MAX_AGE_SECONDS = 30 * 24 * 60 * 60
/** The most products a cart looks up at once (far more than a buyer will have). */
const PRODUCT_LOOKUP_LIMIT = 100

const PRODUCT_FACT_FIELDS = [
  "id",
  "*cooperative",
  "variants.id",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_quantity",
].join(",")

// Only what the cart and checkout pages show. The cart route does not reach the product's
// cooperative link; each line's cooperative comes from the product route (see productFacts).
const CART_FIELDS = [
  "id",
  "email",
  "region_id",
  "completed_at",
  "item_total",
  "shipping_total",
  "total",
  "items.id",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.product_handle",
  "items.thumbnail",
  "items.variant_id",
  "items.product_id",
  "items.metadata",
  "items.created_at",
  "*items.variant",
  "*items.product",
  "*shipping_address",
  "shipping_methods.id",
  "shipping_methods.shipping_option_id",
  "shipping_methods.name",
  "shipping_methods.amount",
].join(",")

/** A store route answered with an error: its status and the backend's sentence. */
export class StoreApiError extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

type StoreCallOptions = {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, string | number | string[]>
  body?: Record<string, unknown>
}

/**
 * A call on the store API for one buyer's cart or checkout: never cached. A signed-in buyer's
 * token goes along, so that a new cart is theirs and its orders show in their account (the
 * backend treats a stale token as no token on these routes).
 */
export const storeCall = async <T>(
  path: string,
  { method = "GET", query, body }: StoreCallOptions = {}
): Promise<T> => {
  const token = await readCustomerToken()
  try {
    return await sdk().client.fetch<T>(path, {
      method,
      query,
      body,
      cache: "no-store",
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
  } catch (error) {
    if (error instanceof FetchError) {
      throw new StoreApiError(error.status ?? 500, error.message)
    }
    throw error
  }
}

const cartCookie = privateCookie(CART_COOKIE, CART_MAX_AGE_SECONDS)

export const readCartId = async (): Promise<string | undefined> => {
  const value = await cartCookie.read()
  return value && /^[\w-]{1,100}$/.test(value) ? value : undefined
}

const storeCartId = cartCookie.store

/** After the order is placed, or when the cart is gone: the next product starts a new cart. */
export const forgetCart = cartCookie.forget

/** The buyer's open cart as the backend has it, or undefined (none, gone or already ordered). */
const fetchCart = async (
  id: string,
  fields = CART_FIELDS
): Promise<StoreCart | undefined> => {
  try {
    const { cart } = await storeCall<{ cart: StoreCart }>(
      `/store/carts/${encodeURIComponent(id)}`,
      { query: { fields } }
    )
    return cart.completed_at ? undefined : cart
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) {
      return undefined
    }
    throw error
  }
}

type StoreProductFacts = {
  id: string
  cooperative?: StoreCartCooperative | null
  variants?: StoreVariantStock[] | null
}

type ProductFacts = {
  /** Variant id → its stock. */
  stock: Map<string, StoreVariantStock>
  /** Product id → the cooperative that makes it. */
  cooperatives: Map<string, StoreCartCooperative>
}

/**
 * What the cart's own answer lacks, from the product route: how many of each variant the store
 * still has (for the publishable key's channel), and each product's cooperative. Empty when the
 * backend will not say: stock only adds a warning (the checkout checks it again).
 */
const productFacts = async (productIds: string[]): Promise<ProductFacts> => {
  const ids = [...new Set(productIds.filter(Boolean))].slice(
    0,
    PRODUCT_LOOKUP_LIMIT
  )
  const facts: ProductFacts = { stock: new Map(), cooperatives: new Map() }
  if (ids.length === 0) {
    return facts
  }
  try {
    const { products } = await storeCall<{ products: StoreProductFacts[] }>(
      "/store/products",
      {
        query: {
          id: ids,
          fields: PRODUCT_FACT_FIELDS,
          limit: ids.length,
        },
      }
    )
    for (const product of products) {
      if (product.cooperative) {
        facts.cooperatives.set(product.id, product.cooperative)
      }
      for (const variant of product.variants ?? []) {
        facts.stock.set(variant.id, variant)
      }
    }
  } catch (error) {
    if (!(error instanceof StoreApiError)) {
      throw error
    }
  }
  return facts
}

const listShippingOptions = async (
  cartId: string
): Promise<StoreShippingOption[]> => {
  const { shipping_options } = await storeCall<{
    shipping_options: StoreShippingOption[]
  }>("/store/shipping-options", { query: { cart_id: cartId } })
  return shipping_options
}

export type CartView = {
  cart: Cart
  /** Each cooperative's delivery choices, once the cart has an address and they were asked for. */
  delivery?: DeliveryGroup[]
}

/**
 * The buyer's cart grouped by cooperative, with stock warnings and each group's chosen delivery;
 * with `delivery`, also every cooperative's delivery choices (priced for the cart's address).
 */
export const getCart = async (
  locale: Locale,
  { delivery = false }: { delivery?: boolean } = {}
): Promise<CartView | undefined> => {
  const id = await readCartId()
  const raw = id ? await fetchCart(id) : undefined
  if (!raw) {
    return undefined
  }
  const hasAddress = Boolean(raw.shipping_address?.province)
  const needsOptions =
    (delivery && hasAddress) || (raw.shipping_methods ?? []).length > 0
  const [{ stock, cooperatives }, options] = await Promise.all([
    productFacts((raw.items ?? []).map((item) => item.product_id ?? "")),
    needsOptions && (raw.items ?? []).length > 0
      ? listShippingOptions(raw.id)
      : Promise.resolve([]),
  ])
  const cart = toCart(raw, {
    locale,
    backendUrl: backendUrl(),
    stock,
    cooperatives,
    optionCooperative: optionCooperatives(options),
  })
  return {
    cart,
    ...(delivery && hasAddress
      ? { delivery: toDeliveryGroups(options, cart) }
      : {}),
  }
}

/** Units in the buyer's cart, for the header; 0 without a cart or when the backend is away. */
export const getCartCount = async (): Promise<number> => {
  const id = await readCartId()
  if (!id) {
    return 0
  }
  try {
    const cart = await fetchCart(id, "id,completed_at,items.id,items.quantity")
    return (cart?.items ?? []).reduce(
      (sum, item) => sum + Math.max(0, item.quantity),
      0
    )
  } catch {
    return 0
  }
}

/** The buyer's open cart's id, starting a cart in the đồng region when there is none. */
const openCartId = async (): Promise<string> => {
  const id = await readCartId()
  if (id && (await fetchCart(id, "id,completed_at"))) {
    return id
  }
  const region = await getVndRegion()
  const { cart } = await storeCall<{ cart: StoreCart }>("/store/carts", {
    method: "POST",
    query: { fields: "id" },
    body: { region_id: region.id },
  })
  await storeCartId(cart.id)
  return cart.id
}

const currentCartId = async (): Promise<string> => {
  const id = await readCartId()
  if (!id) {
    throw new StoreApiError(404, "There is no cart.")
  }
  return id
}

const cartPath = (id: string, ...rest: string[]): string =>
  ["/store/carts", encodeURIComponent(id), ...rest].join("/")

export const addToCart = async (
  variantId: string,
  quantity: number
): Promise<void> => {
  const id = await openCartId()
  await storeCall(cartPath(id, "line-items"), {
    method: "POST",
    query: { fields: "id" },
    body: { variant_id: variantId, quantity },
  })
}

export const updateCartLine = async (
  lineId: string,
  quantity: number
): Promise<void> => {
  const id = await currentCartId()
  await storeCall(cartPath(id, "line-items", encodeURIComponent(lineId)), {
    method: "POST",
    query: { fields: "id" },
    body: { quantity },
  })
}

export const removeCartLine = async (lineId: string): Promise<void> => {
  const id = await currentCartId()
  await storeCall(cartPath(id, "line-items", encodeURIComponent(lineId)), {
    method: "DELETE",
  })
}

/** An address in the backend's form: 2025 province code, commune name and code. */
export type ShippingAddressInput = {
  name: string
  phone: string
  line: string
  provinceCode: string
  communeCode: string
  communeName: string
}

export const setCartContact = async (
  email: string,
  address: ShippingAddressInput
): Promise<void> => {
  const id = await currentCartId()
  const shipping = {
    first_name: address.name,
    last_name: "",
    phone: address.phone,
    address_1: address.line,
    country_code: "vn",
    province: address.provinceCode,
    city: address.communeName,
    metadata: { commune_code: address.communeCode },
  }
  await storeCall(cartPath(id), {
    method: "POST",
    query: { fields: "id" },
    body: { email, shipping_address: shipping, billing_address: shipping },
  })
}

/** Picks one delivery for a cooperative's parcel (replacing that cooperative's earlier pick). */
export const chooseDelivery = async (optionId: string): Promise<void> => {
  const id = await currentCartId()
  await storeCall(cartPath(id, "shipping-methods"), {
    method: "POST",
    query: { fields: "id" },
    body: { option_id: optionId },
  })
}

/** The payments this shop takes for the region: cash on delivery, and a card when Stripe is set up. */
export const listPaymentMethods = async (
  regionId: string
): Promise<PaymentMethod[]> => {
  const { payment_providers } = await storeCall<{
    payment_providers: StorePaymentProvider[]
  }>("/store/payment-providers", { query: { region_id: regionId } })
  return toPaymentMethods(payment_providers, stripePublishableKey())
}
