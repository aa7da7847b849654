/**
 * Paying by card through Stripe, as far as it can be decided without Stripe's servers: whether
 * the card is offered, what goes to Stripe and to the checkout, and which card errors are Stripe's
 * own sentences to show under the card field.
 */

/** Medusa's Stripe payment provider, as the backend lists it. */
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

/** What the backend accepts as a card's Stripe PaymentMethod id. */
const PAYMENT_METHOD_PATTERN = /^pm_[A-Za-z0-9_]{1,250}$/

/** A Stripe publishable key (live or test); a secret key must never reach a browser. */
const PUBLISHABLE_KEY_PATTERN = /^pk_(live|test)_[A-Za-z0-9]{1,250}$/

/**
 * The card is offered only when both ends can take it: the backend lists its Stripe provider
 * (it has `STRIPE_API_KEY`) and this storefront has a publishable key for Stripe Elements.
 */
export const cardPaymentEnabled = (
  providerIds: readonly string[],
  publishableKey: string | undefined
): boolean =>
  providerIds.includes(STRIPE_PROVIDER_ID) &&
  PUBLISHABLE_KEY_PATTERN.test(publishableKey?.trim() ?? "")

export const isPaymentMethodId = (value: string): boolean =>
  PAYMENT_METHOD_PATTERN.test(value)

/** Who pays, for the card's billing details; the cart's recipient and e-mail. */
export type CardBilling = {
  name?: string
  email?: string
  phone?: string
}

/**
 * The argument of `stripe.createPaymentMethod` for the card field. Blank details are left out:
 * Stripe refuses an empty e-mail rather than ignoring it.
 */
export const cardPaymentMethodData = <Card>(
  card: Card,
  billing: CardBilling
): {
  type: "card"
  card: Card
  billing_details: CardBilling
} => ({
  type: "card",
  card,
  billing_details: Object.fromEntries(
    (["name", "email", "phone"] as const)
      .map((key) => [key, billing[key]?.trim() ?? ""] as const)
      .filter(([, value]) => value !== "")
  ),
})

/** The body of POST /store/carts/:id/checkout. */
export type CheckoutBody = {
  payment_provider_id: string
  payment_method?: string
}

/** Cash on delivery needs only the provider; a card also its Stripe PaymentMethod. */
export const checkoutBody = (
  paymentProviderId: string,
  paymentMethodId?: string
): CheckoutBody =>
  paymentProviderId === STRIPE_PROVIDER_ID && paymentMethodId
    ? {
        payment_provider_id: paymentProviderId,
        payment_method: paymentMethodId,
      }
    : { payment_provider_id: paymentProviderId }

/** The parts of a Stripe.js error this page reads. */
export type StripeErrorLike = { type?: string; message?: string }

/**
 * What to show under the card field for a Stripe.js error: Stripe's own sentence about the card
 * (incomplete number, declined, expired: already in the page's language), or `unavailable` when
 * Stripe could not be reached or answered something that is not about the card.
 */
export const cardErrorText = (
  error: StripeErrorLike
): { text: string } | { unavailable: true } => {
  const message = error.message?.trim()
  return message &&
    (error.type === "card_error" || error.type === "validation_error")
    ? { text: message }
    : { unavailable: true }
}
