import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"

import { CodPaymentProviderService } from "../service"

const provider = (maxAmount?: number) =>
  new CodPaymentProviderService(
    {},
    maxAmount === undefined ? {} : { max_amount: maxAmount }
  )

describe("cash on delivery provider", () => {
  it("starts pending with a reference, the amount in đồng and the currency", async () => {
    const started = await provider().initiatePayment({
      amount: 265_000,
      currency_code: "vnd",
    })
    expect(started.id).toMatch(/^cod_[0-9a-f-]{36}$/)
    expect(started.status).toBe(PaymentSessionStatus.PENDING)
    expect(started.data).toEqual({
      reference: started.id,
      amount: 265_000,
      currency_code: "vnd",
      state: "pending",
    })
  })

  it("is authorised at checkout and captured when the courier confirms the cash", async () => {
    const cod = provider()
    const { data } = await cod.initiatePayment({
      amount: 120_000,
      currency_code: "vnd",
    })
    const authorized = await cod.authorizePayment({ data })
    expect(authorized.status).toBe(PaymentSessionStatus.AUTHORIZED)
    expect(authorized.data?.state).toBe("authorized")
    const captured = await cod.capturePayment({ data: authorized.data })
    expect(captured.data?.state).toBe("collected")
    expect(typeof captured.data?.collected_at).toBe("string")
    const status = await cod.getPaymentStatus({ data: captured.data })
    expect(status.status).toBe(PaymentSessionStatus.CAPTURED)
  })

  it("cancels before collection, and then refuses to record cash", async () => {
    const cod = provider()
    const { data } = await cod.initiatePayment({
      amount: 90_000,
      currency_code: "vnd",
    })
    const authorized = await cod.authorizePayment({ data })
    const cancelled = await cod.cancelPayment({ data: authorized.data })
    expect(cancelled.data?.state).toBe("cancelled")
    await expect(cod.capturePayment({ data: cancelled.data })).rejects.toThrow(
      "was cancelled"
    )
    expect((await cod.getPaymentStatus({ data: cancelled.data })).status).toBe(
      PaymentSessionStatus.CANCELED
    )
  })

  it("does not cancel collected cash and refunds no more than was collected", async () => {
    const cod = provider()
    const { data } = await cod.initiatePayment({
      amount: 100_000,
      currency_code: "vnd",
    })
    const captured = await cod.capturePayment({
      data: (await cod.authorizePayment({ data })).data,
    })
    await expect(cod.cancelPayment({ data: captured.data })).rejects.toThrow(
      "refund it instead"
    )
    const refunded = await cod.refundPayment({
      data: captured.data,
      amount: 40_000,
    })
    expect(refunded.data?.refunded_amount).toBe(40_000)
    await expect(
      cod.refundPayment({ data: refunded.data, amount: 60_001 })
    ).rejects.toThrow("cannot exceed")
  })

  it("refuses orders above the courier's COD limit with a sentence", async () => {
    await expect(
      provider(2_000_000).initiatePayment({
        amount: 2_000_001,
        currency_code: "vnd",
      })
    ).rejects.toThrow("Cash on delivery is limited to 2.000.000 ₫ per order")
  })

  it("refuses fractional amounts and missing references", async () => {
    await expect(
      provider().initiatePayment({ amount: 10.5, currency_code: "vnd" })
    ).rejects.toThrow("whole, non-negative number of đồng")
    await expect(provider().authorizePayment({ data: {} })).rejects.toThrow(
      "no reference"
    )
  })

  it("has no webhook", async () => {
    const result = await provider().getWebhookActionAndData({
      data: {},
      rawData: "",
      headers: {},
    })
    expect(result.action).toBe(PaymentActions.NOT_SUPPORTED)
  })
})
