import Medusa from "@medusajs/js-sdk"

declare const __BACKEND_URL__: string | undefined

/** The admin's own session talks to the backend that serves it. */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ || "/",
  auth: { type: "session" },
})
