import "server-only"

import Medusa from "@medusajs/js-sdk"

const DEFAULT_BACKEND_URL = "http://localhost:9000"

let client: { key: string; sdk: Medusa } | undefined

/** The Medusa backend's base URL, read from the server's environment at request time. */
export const backendUrl = (): string =>
  process.env.MEDUSA_BACKEND_URL || DEFAULT_BACKEND_URL

// Read by name at request time: Next would otherwise inline a NEXT_PUBLIC_ variable into the
// build, and the start script hands it to the running server like the backend's variables.
const STRIPE_KEY_VARIABLE = "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY"

/** The Stripe publishable key for card payments (Stripe Elements), if this shop has one. */
export const stripePublishableKey = (): string | undefined =>
  process.env[STRIPE_KEY_VARIABLE]?.trim() || undefined

/**
 * The SDK for the Medusa store API. Built on first use rather than at import, so that
 * `next build` needs neither the backend nor its key, and the start script can hand both over
 * to the running server.
 */
export const sdk = (): Medusa => {
  const baseUrl = backendUrl()
  const publishableKey = process.env.MEDUSA_PUBLISHABLE_KEY
  const key = `${baseUrl} ${publishableKey ?? ""}`
  if (client?.key !== key) {
    client = { key, sdk: new Medusa({ baseUrl, publishableKey }) }
  }
  return client.sdk
}
