import type { Metadata } from "./adapter-utils"

/**
 * What Medusa's customer and order routes answer for a signed-in buyer (`/store/customers/me`,
 * `/store/customers/me/addresses`, `/store/orders`), with the fields the account pages ask for.
 * Only the adapters read these shapes; pages and components get the types in `src/types/`.
 */

export type StoreAccountAddress = {
  id: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
  is_default_shipping?: boolean | null
  metadata?: Metadata
}

export type StoreAccountCustomer = {
  id: string
  email: string
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  addresses?: StoreAccountAddress[] | null
}

/** What POST /store/customers/me/addresses(/:id) takes: the 2025 units, as issue 5 sets out. */
export type StoreAddressBody = {
  first_name: string
  last_name: string
  phone: string
  address_1: string
  country_code: "vn"
  province: string
  city: string
  metadata: { commune_code: string }
}

export type StoreAccountOrderItem = {
  id: string
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  quantity: number
  unit_price: number
  total?: number | null
  thumbnail?: string | null
}

export type StoreAccountOrder = {
  id: string
  display_id?: number | string | null
  created_at: string
  status?: string | null
  payment_status?: string | null
  fulfillment_status?: string | null
  total?: number | null
  item_total?: number | null
  shipping_total?: number | null
  metadata?: Metadata
  items?: StoreAccountOrderItem[] | null
  shipping_methods?: { name?: string | null; amount?: number | null }[] | null
  shipping_address?: Omit<StoreAccountAddress, "id"> | null
}
