import type { Metadata } from "./adapter-utils"

/**
 * What the backend's cart, delivery and checkout routes answer (the buying API of issue 5). Only
 * the adapters read these shapes; pages and components get the types in `src/types/`.
 */

export type StoreCartCooperative = {
  id: string
  name: string
  handle?: string | null
}

export type StoreCartLineItem = {
  id: string
  quantity: number
  unit_price: number
  total?: number | null
  subtotal?: number | null
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  product_handle?: string | null
  thumbnail?: string | null
  variant_id?: string | null
  product_id?: string | null
  created_at?: string | null
  metadata?: Metadata
  variant?: {
    id: string
    title?: string | null
    metadata?: Metadata
  } | null
  product?: {
    id: string
    handle?: string | null
    title?: string | null
    metadata?: Metadata
    cooperative?: StoreCartCooperative | null
  } | null
}

export type StoreCartAddress = {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  country_code?: string | null
  metadata?: Metadata
}

export type StoreCartShippingMethod = {
  id: string
  shipping_option_id?: string | null
  name?: string | null
  amount: number
}

export type StoreCart = {
  id: string
  region_id?: string | null
  email?: string | null
  completed_at?: string | null
  item_total?: number | null
  shipping_total?: number | null
  total?: number | null
  items?: StoreCartLineItem[] | null
  shipping_address?: StoreCartAddress | null
  shipping_methods?: StoreCartShippingMethod[] | null
}

/** A variant's stock as `/store/product-variants` tells it (for the publishable key's channel). */
export type StoreVariantStock = {
  id: string
  manage_inventory?: boolean | null
  allow_backorder?: boolean | null
  inventory_quantity?: number | null
}

export type StoreShippingOption = {
  id: string
  name: string
  provider_id?: string
  cooperative_id?: string | null
  cooperative?: StoreCartCooperative | null
  service?: string | null
  amount?: number | null
  delivery_days?: { min: number; max: number } | null
  insufficient_inventory?: boolean | null
  quote_error?: string | null
}

export type StorePaymentProvider = { id: string }

export type StoreCheckoutItem = {
  id: string
  title?: string | null
  product_title?: string | null
  variant_title?: string | null
  quantity: number
  unit_price: number
  total?: number | null
  thumbnail?: string | null
}

export type StoreCheckoutOrder = {
  id: string
  display_id: number | string
  cooperative?: StoreCartCooperative | null
  status?: string | null
  payment_status?: string | null
  items?: StoreCheckoutItem[] | null
  shipping_method?: { name?: string | null; amount: number } | null
  item_total?: number | null
  shipping_total?: number | null
  total: number
  cod_amount?: number | null
  shipping_address?: StoreCartAddress | null
}

export type StoreCheckout = {
  id: string
  cart_id?: string
  email?: string | null
  status?: string
  payment_provider_id?: string | null
  currency_code?: string
  item_total?: number | null
  shipping_total?: number | null
  total: number
  cod_total?: number | null
  orders: StoreCheckoutOrder[]
  created_at?: string | null
}
