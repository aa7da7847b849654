import type { CheckoutFormState } from "./form-state"

/** The backend's answer to "place order" when it refused: its status and its sentence. */
export type OrderRefusal = { status: number; message: string }

/** A text of the "checkout" namespace for a refused order, and how the form shows it. */
export type OrderFailure = {
  key: "serverError" | "outOfStock" | "paymentFailed" | "orderRefused"
  /** For `orderRefused`: the backend's sentence, inside ours. */
  reason?: string
  detail?: CheckoutFormState["detail"]
  kind?: CheckoutFormState["kind"]
}

/**
 * A refused order in the page's words. Out of stock (409) and a refused payment (502: a declined
 * card, a bank asking for 3-D Secure, a COD authorisation that failed) keep the backend's
 * particulars (which product, the bank's reason) under our sentence; any other 4xx is quoted;
 * no answer or a server fault is the shop being away.
 */
export const orderFailure = (
  refusal: OrderRefusal | undefined
): OrderFailure => {
  if (!refusal || (refusal.status >= 500 && refusal.status !== 502)) {
    return { key: "serverError" }
  }
  const { status, message } = refusal
  if (status === 409) {
    return { key: "outOfStock", detail: message, kind: "out_of_stock" }
  }
  if (status === 502) {
    return { key: "paymentFailed", detail: message, kind: "refused" }
  }
  return { key: "orderRefused", reason: message, kind: "refused" }
}
