import { type APIRequestContext, expect } from "@playwright/test"

// The store API as a test's buyer uses it, for journeys that need an order without walking
// through the checkout pages (those have their own journey in checkout.spec.ts).

export const backend = process.env.BACKEND_URL || "http://localhost:9000"

/** The demo seed's password for its operator and its cooperative member. */
export const DEMO_PASSWORD = "ChoPhien!2026"
export const DEMO_OPERATOR = "admin@chophien.local"
export const DEMO_SELLER = "seller@chophien.local"
/** The demo seed's cooperative, the one DEMO_SELLER belongs to. */
export const DEMO_COOPERATIVE = "htx-son-tra-tram-tau"

export const HOAN_KIEM = {
  first_name: "Phạm Thu Hoà",
  last_name: "",
  phone: "0912345678",
  address_1: "12 phố Hàng Bạc",
  country_code: "vn",
  province: "01",
  city: "Phường Hoàn Kiếm",
  metadata: { commune_code: "00070" },
}

/**
 * Signs an operator ("user"), a cooperative member ("seller") or a buyer ("customer") in through
 * Medusa's auth route; answers their token.
 */
export const tokenFor = async (
  request: APIRequestContext,
  actor: "user" | "seller" | "customer",
  email: string,
  password = DEMO_PASSWORD
): Promise<string> => {
  const response = await request.post(`${backend}/auth/${actor}/emailpass`, {
    data: { email, password },
  })
  expect(response.status(), `${actor} sign-in`).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** The storefront's publishable key, read from the admin with the demo seed's operator login. */
export const publishableKey = async (
  request: APIRequestContext
): Promise<string> => {
  const token = await tokenFor(request, "user", DEMO_OPERATOR)
  const keys = await request.get(
    `${backend}/admin/api-keys?type=publishable&fields=title,token`,
    { headers: { authorization: `Bearer ${token}` } }
  )
  const { api_keys } = (await keys.json()) as {
    api_keys: { title: string; token: string }[]
  }
  const key = api_keys.find((entry) => entry.title === "Chợ Phiên storefront")
  expect(key, "the storefront's publishable key").toBeDefined()
  return key?.token ?? ""
}

export type PlacedOrder = {
  id: string
  display_id: number
  cooperative: { name: string }
  total: number
  shipping_total: number
  cod_amount: number
  items: { product_title: string }[]
}

export type Store = <T>(path: string, data?: unknown) => Promise<T>

/** Store API calls, as a signed-in buyer when given their token. */
export const storeApi =
  (request: APIRequestContext, key: string, token?: string): Store =>
  async <T>(path: string, data?: unknown): Promise<T> => {
    const headers = {
      "x-publishable-api-key": key,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    }
    const response = data
      ? await request.post(`${backend}${path}`, { headers, data })
      : await request.get(`${backend}${path}`, { headers })
    expect(response.ok(), `${path}: ${await response.text()}`).toBe(true)
    return (await response.json()) as T
  }

/** A cart's parcels to Hoàn Kiếm by the cheapest quotes, paid cash on delivery. */
export const checkoutByApi = async (
  store: Store,
  cartId: string
): Promise<PlacedOrder> => {
  await store(`/store/carts/${cartId}`, { shipping_address: HOAN_KIEM })
  const { shipping_options } = await store<{
    shipping_options: {
      id: string
      cooperative_id: string
      amount: number | null
    }[]
  }>(`/store/shipping-options?cart_id=${cartId}`)
  const cheapest = new Map<string, { id: string; amount: number }>()
  for (const option of shipping_options) {
    const chosen = cheapest.get(option.cooperative_id)
    if (option.amount !== null && (!chosen || option.amount < chosen.amount)) {
      cheapest.set(option.cooperative_id, {
        id: option.id,
        amount: option.amount,
      })
    }
  }
  for (const { id } of cheapest.values()) {
    await store(`/store/carts/${cartId}/shipping-methods`, { option_id: id })
  }
  const { checkout } = await store<{ checkout: { orders: PlacedOrder[] } }>(
    `/store/carts/${cartId}/checkout`,
    { payment_provider_id: "pp_cod_cod" }
  )
  expect(checkout.orders).toHaveLength(1)
  return checkout.orders[0] as PlacedOrder
}

/** A buyer's account made through Medusa's routes; answers their token, signed in. */
export const registerByApi = async (
  request: APIRequestContext,
  key: string,
  buyer: { email: string; password: string; name: string }
): Promise<string> => {
  const registration = await request.post(
    `${backend}/auth/customer/emailpass/register`,
    { data: { email: buyer.email, password: buyer.password } }
  )
  expect(registration.ok(), await registration.text()).toBe(true)
  const { token } = (await registration.json()) as { token: string }
  const created = await request.post(`${backend}/store/customers`, {
    headers: { "x-publishable-api-key": key, authorization: `Bearer ${token}` },
    data: { email: buyer.email, first_name: buyer.name, phone: "0912345678" },
  })
  expect(created.ok(), await created.text()).toBe(true)
  return tokenFor(request, "customer", buyer.email, buyer.password)
}

/**
 * A new cart with a product in stock (one of `cooperative`'s when named), ordered cash on
 * delivery: as a guest, or as the buyer whose token is given.
 */
export const orderByApi = async (
  request: APIRequestContext,
  options: {
    key?: string
    token?: string
    email?: string
    cooperative?: string
    quantity?: number
  } = {}
): Promise<PlacedOrder> => {
  const key = options.key ?? (await publishableKey(request))
  const store = storeApi(request, key, options.token)
  const { regions } = await store<{ regions: { id: string }[] }>(
    "/store/regions"
  )
  const regionId = regions[0]?.id ?? ""
  const { products } = await store<{
    products: {
      cooperative?: { handle: string } | null
      variants: { id: string; inventory_quantity?: number | null }[]
    }[]
  }>(
    `/store/products?limit=100&region_id=${regionId}&fields=id,*variants,+variants.inventory_quantity,+cooperative.*`
  )
  const variant = products
    .filter(
      (product) =>
        !options.cooperative ||
        product.cooperative?.handle === options.cooperative
    )
    .flatMap((product) => product.variants)
    .find((entry) => (entry.inventory_quantity ?? 0) > 2)
  expect(
    variant,
    options.cooperative
      ? "a demo cooperative product in stock"
      : "a product in stock"
  ).toBeDefined()
  const { cart } = await store<{ cart: { id: string } }>("/store/carts", {
    region_id: regionId,
    ...(options.email ? { email: options.email } : {}),
  })
  await store(`/store/carts/${cart.id}/line-items`, {
    variant_id: variant?.id,
    quantity: options.quantity ?? 1,
  })
  return checkoutByApi(store, cart.id)
}

/** The demo cooperative's member marks an order ready to ship; answers the parcel's tracking number. */
export const shipByApi = async (
  request: APIRequestContext,
  orderId: string
): Promise<string> => {
  const seller = await tokenFor(request, "seller", DEMO_SELLER)
  const shipped = await request.post(
    `${backend}/seller/orders/${orderId}/ship`,
    { headers: { authorization: `Bearer ${seller}` }, data: {} }
  )
  expect(shipped.ok(), await shipped.text()).toBe(true)
  const { fulfillment } = (await shipped.json()) as {
    fulfillment: { tracking_number: string }
  }
  return fulfillment.tracking_number
}

/** The operator records the table courier's statuses for an order's parcel, in turn. */
export const recordEventsByApi = async (
  request: APIRequestContext,
  orderId: string,
  statuses: string[]
): Promise<void> => {
  const operator = await tokenFor(request, "user", DEMO_OPERATOR)
  for (const status of statuses) {
    const event = await request.post(
      `${backend}/admin/orders/${orderId}/shipment-events`,
      {
        headers: { authorization: `Bearer ${operator}` },
        data: { status },
      }
    )
    expect(event.ok(), await event.text()).toBe(true)
  }
}
