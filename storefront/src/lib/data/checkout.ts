import "server-only"

import { checkoutBody } from "@/lib/util/card-payment"
import type { Checkout } from "@/types/checkout"

import { StoreApiError, storeCall } from "./cart"
import type { StoreCheckout } from "./cart-types"
import { toCheckout } from "./checkout-adapter"

const CHECKOUT_ID_PATTERN = /^[\w-]{1,100}$/

/**
 * Turns the cart into one order per cooperative. The backend answers the same checkout when
 * asked twice, so a retried or double-clicked order makes no second set of orders. Throws a
 * `StoreApiError`: 400 for something missing (its sentence says what), 409 out of stock, 502
 * payment refused (a declined card, a bank asking for 3-D Secure). A card goes as the Stripe
 * PaymentMethod that Stripe Elements made of it.
 */
export const placeOrder = async (
  cartId: string,
  paymentProviderId: string,
  paymentMethodId?: string
): Promise<Checkout> => {
  const { checkout } = await storeCall<{ checkout: StoreCheckout }>(
    `/store/carts/${encodeURIComponent(cartId)}/checkout`,
    { method: "POST", body: checkoutBody(paymentProviderId, paymentMethodId) }
  )
  return toCheckout(checkout)
}

/** A placed checkout with its orders, or undefined for an id that names none. */
export const getCheckout = async (
  id: string
): Promise<Checkout | undefined> => {
  if (!CHECKOUT_ID_PATTERN.test(id)) {
    return undefined
  }
  try {
    const { checkout } = await storeCall<{ checkout: StoreCheckout }>(
      `/store/checkouts/${encodeURIComponent(id)}`
    )
    return toCheckout(checkout)
  } catch (error) {
    if (error instanceof StoreApiError && error.status === 404) {
      return undefined
    }
    throw error
  }
}
