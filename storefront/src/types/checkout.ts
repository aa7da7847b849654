import type { CartCooperative } from "./cart"

export type CheckoutItem = {
  id: string
  title: string
  variantTitle?: string
  quantity: number
  unitPrice: number
  total: number
}

/** One cooperative's order in a checkout: its own parcel, fee and cash to hand the courier. */
export type CheckoutOrder = {
  id: string
  displayId: string
  cooperative: CartCooperative
  status: string
  paymentStatus: string
  items: CheckoutItem[]
  shipping?: { name: string; amount: number }
  itemTotal: number
  shippingTotal: number
  total: number
  /** What the buyer pays the courier in cash for this parcel (0 when paid otherwise). */
  codAmount: number
}

export type CheckoutAddress = {
  name: string
  phone: string
  line: string
  communeName: string
  provinceCode: string
}

/** Everything one "place order" made: an order per cooperative and the totals. */
export type Checkout = {
  id: string
  email?: string
  createdAt?: string
  itemTotal: number
  shippingTotal: number
  total: number
  codTotal: number
  /** Paid by card at checkout: nothing to hand any courier. */
  paidByCard: boolean
  address?: CheckoutAddress
  orders: CheckoutOrder[]
}
