import crypto from "node:crypto"

import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

import {
  type FakeStripe,
  startFakeStripe,
} from "../../../lib/stripe-fake-server"
import { StripeCardProviderService } from "../service"

const WEBHOOK_SECRET = "whsec_cho_phien_test"

/** A webhook body signed the way Stripe signs them: t=<time>,v1=HMAC-SHA256(secret, "t.body"). */
const signed = (body: string, secret = WEBHOOK_SECRET) => {
  const timestamp = Math.floor(Date.now() / 1000)
  const signature = crypto
    .createHmac("sha256", secret)
    .update(`${timestamp}.${body}`)
    .digest("hex")
  return `t=${timestamp},v1=${signature}`
}

describe("Stripe card payments against a local FAKE of Stripe's API", () => {
  let stripe: FakeStripe
  let provider: StripeCardProviderService

  beforeAll(async () => {
    stripe = await startFakeStripe()
    provider = new StripeCardProviderService(
      {},
      {
        apiKey: stripe.apiKey,
        webhookSecret: WEBHOOK_SECRET,
        capture: false,
        apiBase: stripe.url,
      }
    )
  })
  afterAll(async () => {
    await stripe.close()
  })

  it("authorises a card when the payment intent is confirmed, then captures it", async () => {
    const started = await provider.initiatePayment({
      amount: 265_000,
      currency_code: "vnd",
      data: {
        payment_method: "pm_card_visa",
        confirm: true,
        payment_method_types: ["card"],
        session_id: "payses_1",
      },
    })
    expect(started.status).toBe(PaymentSessionStatus.AUTHORIZED)
    const request = stripe.requests.find(
      (r) => r.path === "/v1/payment_intents"
    )
    // VND is zero-decimal on Stripe: 265.000 ₫ is sent as 265000.
    expect(request?.form).toMatchObject({
      amount: "265000",
      currency: "vnd",
      capture_method: "manual",
      confirm: "true",
    })
    const authorized = await provider.authorizePayment({ data: started.data })
    expect(authorized.status).toBe(PaymentSessionStatus.AUTHORIZED)
    const captured = await provider.capturePayment({ data: started.data })
    expect((captured.data as { status: string }).status).toBe("succeeded")
  })

  it("passes Stripe's decline on as an error", async () => {
    await expect(
      provider.initiatePayment({
        amount: 100_000,
        currency_code: "vnd",
        data: {
          payment_method: "pm_card_chargeDeclined",
          confirm: true,
          payment_method_types: ["card"],
        },
      })
    ).rejects.toThrow("Your card was declined.")
  })

  it("accepts a webhook only with Stripe's signature", async () => {
    const body = JSON.stringify({
      id: "evt_1",
      object: "event",
      type: "payment_intent.amount_capturable_updated",
      data: {
        object: {
          id: "pi_1",
          object: "payment_intent",
          amount: 90000,
          amount_capturable: 90000,
          currency: "vnd",
          metadata: { session_id: "payses_9" },
        },
      },
    })
    const result = await provider.getWebhookActionAndData({
      data: JSON.parse(body) as Record<string, unknown>,
      rawData: Buffer.from(body),
      headers: { "stripe-signature": signed(body) },
    })
    expect(result).toEqual({
      action: PaymentActions.AUTHORIZED,
      data: { session_id: "payses_9", amount: 90000 },
    })
    await expect(
      provider.getWebhookActionAndData({
        data: JSON.parse(body) as Record<string, unknown>,
        rawData: Buffer.from(body),
        headers: { "stripe-signature": signed(body, "whsec_someone_else") },
      })
    ).rejects.toThrow()
  })
})
