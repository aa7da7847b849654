/** What a checkout form's server action answers, for the form to show next to each field. */
export type CheckoutFormState = {
  ok?: boolean
  /** A sentence about the whole form (or one no field owns). */
  message?: string
  /** The backend's particulars under that sentence (which product ran out, the bank's reason). */
  detail?: string
  /** What kind of refusal `message` is, when the form offers a way out (back to the cart). */
  kind?: "out_of_stock" | "refused"
  /** Field name → the sentence to show next to it. */
  errors?: Record<string, string>
  /** What was typed, to put back into the fields after a failed attempt. */
  values?: Record<string, string>
}

export const EMPTY_CHECKOUT_STATE: CheckoutFormState = {}
