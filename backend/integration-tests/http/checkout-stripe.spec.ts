import {
  type FakeStripe,
  startFakeStripe,
} from "@cho-phien/payments-vn/lib/stripe-fake-server"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import {
  type Api,
  HANOI_ADDRESS,
  type Response,
} from "../helpers/checkout-fixtures"

jest.setTimeout(300 * 1000)

type ShippingOption = { id: string; service: string; provider_id: string }
type Checkout = {
  id: string
  total: number
  cod_total: number
  payment_provider_id: string
  orders: {
    id: string
    total: number
    cod_amount: number
    payment_status: string
  }[]
}

// Cards go through Medusa's Stripe provider, pointed at a local FAKE of Stripe's API (Stripe
// cannot be reached from here); the fake follows Stripe's request and response format.
let stripe: FakeStripe
beforeAll(async () => {
  stripe = await startFakeStripe()
  process.env.STRIPE_API_KEY = stripe.apiKey
  process.env.STRIPE_API_BASE = stripe.url
  process.env.STRIPE_WEBHOOK_SECRET = "whsec_cho_phien_test"
})
afterAll(async () => {
  await stripe.close()
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let headers: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const shop = await seedFixtureShop(getContainer())
      headers = { headers: { "x-publishable-api-key": shop.publishableKey } }
      regionId = shop.regionId
    })

    const readyCart = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: created } = await api.post<{ cart: { id: string } }>(
        "/store/carts",
        {
          region_id: regionId,
          email: "lan@example.vn",
          shipping_address: HANOI_ADDRESS,
        },
        headers
      )
      const cartId = created.cart.id
      for (const handle of ["tao-meo-ocop", "dau-tay-moc-chau"]) {
        const { data } = await query.graph({
          entity: "product",
          fields: ["variants.id"],
          filters: { handle },
        })
        const variantId = (data[0] as { variants: { id: string }[] })
          .variants[0]?.id
        await api.post(
          `/store/carts/${cartId}/line-items`,
          { variant_id: variantId, quantity: 1 },
          headers
        )
      }
      const { data } = await api.get<{ shipping_options: ShippingOption[] }>(
        `/store/shipping-options?cart_id=${cartId}`,
        headers
      )
      for (const option of data.shipping_options.filter(
        (o) => o.service === "standard"
      )) {
        await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: option.id },
          headers
        )
      }
      return cartId
    }

    const checkout = (cartId: string, body: object) =>
      api
        .post<{ checkout: Checkout }>(
          `/store/carts/${cartId}/checkout`,
          body,
          headers
        )
        .catch(
          (error: { response: Response<{ type?: string; message: string }> }) =>
            error.response
        )

    it("offers cards beside cash on delivery when Stripe is configured", async () => {
      const { data } = await api.get<{ payment_providers: { id: string }[] }>(
        `/store/payment-providers?region_id=${regionId}`,
        headers
      )
      expect(data.payment_providers.map((p) => p.id).sort()).toEqual([
        "pp_cod_cod",
        "pp_stripe_stripe",
      ])
    })

    it("pays each cooperative's order with its own authorised payment intent on the buyer's one card", async () => {
      const cartId = await readyCart()
      const response = await checkout(cartId, {
        payment_provider_id: "pp_stripe_stripe",
        payment_method: "pm_card_visa",
      })
      expect(response.status).toBe(200)
      const placed = (response.data as { checkout: Checkout }).checkout
      expect(placed.payment_provider_id).toBe("pp_stripe_stripe")
      expect(placed.orders).toHaveLength(2)
      expect(placed.cod_total).toBe(0)
      for (const order of placed.orders) {
        expect(order.payment_status).toBe("authorized")
        expect(order.cod_amount).toBe(0)
      }
      // The courier collects nothing, so the parcels were quoted without a COD fee.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: ["shipping_methods.data"],
        filters: { id: placed.orders.map((o) => o.id) },
      })
      for (const order of orders as {
        shipping_methods: { data: { cod?: boolean } }[]
      }[]) {
        expect(order.shipping_methods[0]?.data.cod).toBe(false)
      }
      const intents = [...stripe.intents.values()].filter(
        (i) => i.status === "requires_capture"
      )
      expect(intents.map((i) => i.amount).sort()).toEqual(
        placed.orders.map((o) => o.total).sort()
      )
      expect(new Set(intents.map((i) => i.customer)).size).toBe(1)
      expect(
        intents.every(
          (i) =>
            i.capture_method === "manual" && i.payment_method === "pm_card_visa"
        )
      ).toBe(true)
    })

    it("says plainly when the card is declined or needs 3-D Secure, and orders nothing", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const count = async () =>
        (
          await query.graph({ entity: "order", fields: ["id", "status"] })
        ).data.filter((o: { status: string }) => o.status !== "canceled").length
      const before = await count()

      const declined = await checkout(await readyCart(), {
        payment_provider_id: "pp_stripe_stripe",
        payment_method: "pm_card_chargeDeclined",
      })
      expect(declined.status).toBe(502)
      expect(declined.data).toMatchObject({ type: "payment_failed" })
      expect((declined.data as { message: string }).message).toContain(
        "Your card was declined."
      )

      const secure = await checkout(await readyCart(), {
        payment_provider_id: "pp_stripe_stripe",
        payment_method: "pm_card_threeDSecure2Required",
      })
      expect(secure.status).toBe(502)
      expect((secure.data as { message: string }).message).toContain(
        "3-D Secure"
      )

      expect(await count()).toBe(before)

      const missing = await checkout(await readyCart(), {
        payment_provider_id: "pp_stripe_stripe",
      })
      expect(missing.status).toBe(400)
      expect((missing.data as { message: string }).message).toContain(
        "needs payment_method"
      )
    })
  },
})
