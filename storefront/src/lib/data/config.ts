import "server-only"

import Medusa from "@medusajs/js-sdk"

const DEFAULT_BACKEND_URL = "http://localhost:9000"

let client: { key: string; sdk: Medusa } | undefined

/** The Medusa backend's base URL, read from the server's environment at request time. */
export const backendUrl = (): string =>
  process.env.MEDUSA_BACKEND_URL || DEFAULT_BACKEND_URL

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
