import Medusa from "@medusajs/js-sdk"

declare const __BACKEND_URL__: string | undefined

/** Where the backend is: the admin's own origin unless the build named another. */
export const backendUrl = __BACKEND_URL__ || "/"

/** The admin's own session talks to the backend that serves it. */
export const sdk = new Medusa({
  baseUrl: backendUrl,
  auth: { type: "session" },
})
