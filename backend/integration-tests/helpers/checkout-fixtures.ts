/** The calls the buying tests make, as the test runner's axios instance offers them. */
export type Response<T> = { status: number; data: T }
export type Api = {
  get: <T>(url: string, config?: object) => Promise<Response<T>>
  post: <T>(url: string, body?: object, config?: object) => Promise<Response<T>>
}

/** A buyer's delivery address in Hà Nội, in the 2025 units (Phường Ba Đình, 00004). */
export const HANOI_ADDRESS = {
  first_name: "Nguyễn Thị Lan",
  last_name: "",
  phone: "0912345678",
  address_1: "Số 12 phố Đội Cấn",
  country_code: "vn",
  province: "01",
  city: "Phường Ba Đình",
  metadata: { commune_code: "00004" },
}

export type PlacedOrder = { id: string; display_id: number; cod_amount: number }

/**
 * A buyer's order of two units of one product through the real checkout: a cart to
 * HANOI_ADDRESS, the cooperative's option of the given courier and service, then
 * `POST /store/carts/:id/checkout` with the given payment.
 */
export const orderThroughCheckout = async (
  api: Api,
  options: {
    regionId: string
    headers: { headers: Record<string, string> }
    variantId: string
    provider?: string
    service?: "standard" | "express"
    payment?: string
  }
): Promise<PlacedOrder> => {
  const {
    regionId,
    headers,
    variantId,
    provider = "vnpost-table_vnpost-table",
    service = "standard",
    payment = "pp_cod_cod",
  } = options
  const { data: created } = await api.post<{ cart: { id: string } }>(
    "/store/carts",
    {
      region_id: regionId,
      email: "lan@example.vn",
      shipping_address: HANOI_ADDRESS,
    },
    headers
  )
  const cartId = created.cart.id
  await api.post(
    `/store/carts/${cartId}/line-items`,
    { variant_id: variantId, quantity: 2 },
    headers
  )
  const { data: listed } = await api.get<{
    shipping_options: { id: string; provider_id: string; service: string }[]
  }>(`/store/shipping-options?cart_id=${cartId}`, headers)
  const option = listed.shipping_options.find(
    (o) => o.provider_id === provider && o.service === service
  )
  await api.post(
    `/store/carts/${cartId}/shipping-methods`,
    { option_id: option?.id },
    headers
  )
  const { data } = await api.post<{ checkout: { orders: PlacedOrder[] } }>(
    `/store/carts/${cartId}/checkout`,
    { payment_provider_id: payment },
    headers
  )
  const placed = data.checkout.orders[0]
  if (!placed) {
    throw new Error("The checkout made no order")
  }
  return placed
}
