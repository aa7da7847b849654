import { type APIRequestContext, expect } from "@playwright/test"

// The store API as a test's buyer uses it, for journeys that need an order without walking
// through the checkout pages (those have their own journey in checkout.spec.ts).

const backend = process.env.BACKEND_URL || "http://localhost:9000"

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

/** The storefront's publishable key, read from the admin with the demo seed's operator login. */
export const publishableKey = async (
  request: APIRequestContext
): Promise<string> => {
  const auth = await request.post(`${backend}/auth/user/emailpass`, {
    data: { email: "admin@chophien.local", password: "ChoPhien!2026" },
  })
  const { token } = (await auth.json()) as { token: string }
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
