import {
  cardErrorText,
  cardPaymentEnabled,
  cardPaymentMethodData,
  checkoutBody,
  isPaymentMethodId,
} from "../card-payment"

describe("cardPaymentEnabled", () => {
  const both = ["pp_cod_cod", "pp_stripe_stripe"]

  it("offers the card when the backend lists Stripe and the shop has a publishable key", () => {
    expect(cardPaymentEnabled(both, "pk_test_51AbcDEF")).toBe(true)
    expect(cardPaymentEnabled(both, " pk_live_51AbcDEF ")).toBe(true)
  })

  it("keeps to cash on delivery when either end lacks Stripe", () => {
    expect(cardPaymentEnabled(["pp_cod_cod"], "pk_test_51AbcDEF")).toBe(false)
    expect(cardPaymentEnabled(both, undefined)).toBe(false)
    expect(cardPaymentEnabled(both, "")).toBe(false)
    expect(cardPaymentEnabled([], undefined)).toBe(false)
  })

  it("refuses a key that is not a publishable one", () => {
    expect(cardPaymentEnabled(both, "sk_test_51AbcDEF")).toBe(false)
    expect(cardPaymentEnabled(both, "rk_live_51AbcDEF")).toBe(false)
    expect(cardPaymentEnabled(both, "pk_test_")).toBe(false)
  })
})

describe("cardPaymentMethodData", () => {
  const card = { element: "card" }

  it("asks Stripe for a card PaymentMethod with the buyer's name, e-mail and phone", () => {
    expect(
      cardPaymentMethodData(card, {
        name: "Nguyễn Thị Lan",
        email: "lan@example.com",
        phone: "0912345678",
      })
    ).toEqual({
      type: "card",
      card,
      billing_details: {
        name: "Nguyễn Thị Lan",
        email: "lan@example.com",
        phone: "0912345678",
      },
    })
  })

  it("leaves out details the cart does not have", () => {
    expect(
      cardPaymentMethodData(card, { name: "Lan", email: " ", phone: undefined })
    ).toEqual({ type: "card", card, billing_details: { name: "Lan" } })
  })
})

describe("checkoutBody", () => {
  it("sends the card's PaymentMethod with Stripe's provider", () => {
    expect(checkoutBody("pp_stripe_stripe", "pm_1Q2w3E4r")).toEqual({
      payment_provider_id: "pp_stripe_stripe",
      payment_method: "pm_1Q2w3E4r",
    })
  })

  it("sends only the provider for cash on delivery", () => {
    expect(checkoutBody("pp_cod_cod")).toEqual({
      payment_provider_id: "pp_cod_cod",
    })
    expect(checkoutBody("pp_cod_cod", "pm_1Q2w3E4r")).toEqual({
      payment_provider_id: "pp_cod_cod",
    })
  })
})

describe("isPaymentMethodId", () => {
  it("accepts what Stripe Elements makes and nothing else", () => {
    expect(isPaymentMethodId("pm_1Q2w3E4rT5y6U7i8")).toBe(true)
    expect(isPaymentMethodId("")).toBe(false)
    expect(isPaymentMethodId("tok_visa")).toBe(false)
    expect(isPaymentMethodId("pm_1 or 1=1")).toBe(false)
  })
})

describe("cardErrorText", () => {
  it("shows Stripe's own sentence about the card", () => {
    expect(
      cardErrorText({
        type: "validation_error",
        message: "Your card number is incomplete.",
      })
    ).toEqual({ text: "Your card number is incomplete." })
    expect(
      cardErrorText({ type: "card_error", message: "Thẻ của bạn bị từ chối." })
    ).toEqual({ text: "Thẻ của bạn bị từ chối." })
  })

  it("says Stripe is unreachable for anything that is not about the card", () => {
    expect(
      cardErrorText({
        type: "api_connection_error",
        message: "Failed to fetch",
      })
    ).toEqual({ unavailable: true })
    expect(cardErrorText({ type: "card_error", message: " " })).toEqual({
      unavailable: true,
    })
    expect(cardErrorText({})).toEqual({ unavailable: true })
  })
})
