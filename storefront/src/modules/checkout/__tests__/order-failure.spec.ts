import { orderFailure } from "../order-failure"

describe("orderFailure", () => {
  it("puts a declined card in the page's words, the bank's reason beneath", () => {
    expect(
      orderFailure({ status: 502, message: "Your card was declined." })
    ).toEqual({
      key: "paymentFailed",
      detail: "Your card was declined.",
      kind: "refused",
    })
  })

  it("treats a bank asking for 3-D Secure as a refused payment too", () => {
    const message =
      "This card needs 3-D Secure, which this checkout cannot show yet."
    expect(orderFailure({ status: 502, message })).toEqual({
      key: "paymentFailed",
      detail: message,
      kind: "refused",
    })
  })

  it("sends the buyer back to the cart when stock ran out", () => {
    expect(
      orderFailure({ status: 409, message: "Táo mèo sấy is out of stock." })
    ).toEqual({
      key: "outOfStock",
      detail: "Táo mèo sấy is out of stock.",
      kind: "out_of_stock",
    })
  })

  it("quotes any other refusal", () => {
    expect(
      orderFailure({ status: 400, message: "Choose a delivery." })
    ).toEqual({
      key: "orderRefused",
      reason: "Choose a delivery.",
      kind: "refused",
    })
  })

  it("calls a server fault or no answer the shop being away", () => {
    expect(orderFailure({ status: 500, message: "boom" })).toEqual({
      key: "serverError",
    })
    expect(orderFailure({ status: 503, message: "down" })).toEqual({
      key: "serverError",
    })
    expect(orderFailure(undefined)).toEqual({ key: "serverError" })
  })
})
