import { createRequire } from "node:module"

import StripeProviderService from "@medusajs/payment-stripe/dist/services/stripe-provider"

export type StripeCardOptions = {
  apiKey: string
  webhookSecret?: string
  capture?: boolean
  /**
   * Tests only: where a local fake of Stripe's API listens (e.g. http://127.0.0.1:4010). Stripe's
   * own API is used whenever this is unset.
   */
  apiBase?: string
}

type StripeClientConstructor = new (
  apiKey: string,
  config: { host: string; port: number; protocol: "http" | "https" }
) => StripeProviderService["stripe_"]

/**
 * Medusa's Stripe card provider (`@medusajs/payment-stripe`, id `pp_stripe_stripe`) as it is,
 * except that tests can point it at a local fake of Stripe's API with `apiBase`; the Stripe SDK
 * takes a host, port and protocol for that.
 */
export class StripeCardProviderService extends StripeProviderService {
  static override identifier = "stripe"

  constructor(container: Record<string, unknown>, options: StripeCardOptions) {
    super(container, options)
    if (options.apiBase) {
      const url = new URL(options.apiBase)
      // The same Stripe SDK the Medusa provider was built with.
      const requireFromProvider = createRequire(
        require.resolve("@medusajs/payment-stripe")
      )
      const StripeClient = requireFromProvider(
        "stripe"
      ) as StripeClientConstructor
      this.stripe_ = new StripeClient(options.apiKey, {
        host: url.hostname,
        port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
        protocol: url.protocol === "https:" ? "https" : "http",
      })
    }
  }
}

export default StripeCardProviderService
