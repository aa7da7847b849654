import crypto from "node:crypto"

import type {
  AuthorizePaymentInput,
  AuthorizePaymentOutput,
  CancelPaymentInput,
  CancelPaymentOutput,
  CapturePaymentInput,
  CapturePaymentOutput,
  DeletePaymentInput,
  DeletePaymentOutput,
  GetPaymentStatusInput,
  GetPaymentStatusOutput,
  InitiatePaymentInput,
  InitiatePaymentOutput,
  ProviderWebhookPayload,
  RefundPaymentInput,
  RefundPaymentOutput,
  RetrievePaymentInput,
  RetrievePaymentOutput,
  UpdatePaymentInput,
  UpdatePaymentOutput,
  WebhookActionResult,
} from "@medusajs/framework/types"
import {
  AbstractPaymentProvider,
  BigNumber,
  MedusaError,
  PaymentActions,
  PaymentSessionStatus,
} from "@medusajs/framework/utils"

/** What a COD payment keeps in Medusa's `data` column, step by step. */
export type CodPaymentData = {
  reference: string
  amount: number
  currency_code: string
  state: "pending" | "authorized" | "collected" | "cancelled"
  authorized_at?: string
  collected_at?: string
  cancelled_at?: string
  refunded_amount?: number
}

export type CodProviderOptions = {
  /** Couriers cap what they will collect per parcel; an order above it cannot be paid by COD. */
  max_amount?: number
}

const DEFAULT_MAX_AMOUNT = 50_000_000

const readData = (
  data: Record<string, unknown> | undefined
): CodPaymentData => {
  const reference = typeof data?.reference === "string" ? data.reference : ""
  if (!reference) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "This cash-on-delivery payment has no reference; start the payment again."
    )
  }
  return data as unknown as CodPaymentData
}

const toAmount = (value: unknown): number => {
  const amount = Number(new BigNumber(value as number).numeric)
  if (!Number.isFinite(amount) || amount < 0 || !Number.isInteger(amount)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "A cash-on-delivery amount must be a whole, non-negative number of đồng."
    )
  }
  return amount
}

/**
 * Cash on delivery. The buyer pays the courier when the parcel arrives, so a COD payment is
 * authorised when the order is placed (nothing to check with a bank) and captured only when the
 * courier confirms it collected the cash: an operator's or cooperative's action through Medusa's
 * payment capture, later the courier's delivery event. Cancelling before collection releases it;
 * there is never money to give back before capture.
 */
export class CodPaymentProviderService extends AbstractPaymentProvider<CodProviderOptions> {
  static override identifier = "cod"

  protected readonly maxAmount: number

  constructor(
    container: Record<string, unknown>,
    options: CodProviderOptions = {}
  ) {
    super(container, options)
    this.maxAmount = options.max_amount ?? DEFAULT_MAX_AMOUNT
  }

  static override validateOptions(
    options: Record<string, unknown> | undefined
  ): void {
    const max = options?.max_amount
    if (
      max !== undefined &&
      (typeof max !== "number" || !Number.isInteger(max) || max <= 0)
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The COD provider's max_amount must be a positive whole number of đồng."
      )
    }
  }

  async initiatePayment(
    input: InitiatePaymentInput
  ): Promise<InitiatePaymentOutput> {
    const amount = toAmount(input.amount)
    if (amount > this.maxAmount) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cash on delivery is limited to ${this.maxAmount.toLocaleString("vi-VN")} ₫ per order; pay this order another way or split it.`
      )
    }
    const reference = `cod_${crypto.randomUUID()}`
    const data: CodPaymentData = {
      reference,
      amount,
      currency_code: input.currency_code,
      state: "pending",
    }
    return { id: reference, data, status: PaymentSessionStatus.PENDING }
  }

  async updatePayment(input: UpdatePaymentInput): Promise<UpdatePaymentOutput> {
    const data = readData(input.data)
    const amount = toAmount(input.amount)
    if (amount > this.maxAmount) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cash on delivery is limited to ${this.maxAmount.toLocaleString("vi-VN")} ₫ per order; pay this order another way or split it.`
      )
    }
    return {
      data: { ...data, amount, currency_code: input.currency_code },
      status: PaymentSessionStatus.PENDING,
    }
  }

  async authorizePayment(
    input: AuthorizePaymentInput
  ): Promise<AuthorizePaymentOutput> {
    const data = readData(input.data)
    if (data.state === "cancelled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This cash-on-delivery payment was cancelled; start the checkout again."
      )
    }
    const authorized: CodPaymentData = {
      ...data,
      state: data.state === "collected" ? "collected" : "authorized",
      authorized_at: data.authorized_at ?? new Date().toISOString(),
    }
    return { data: authorized, status: PaymentSessionStatus.AUTHORIZED }
  }

  async capturePayment(
    input: CapturePaymentInput
  ): Promise<CapturePaymentOutput> {
    const data = readData(input.data)
    if (data.state === "cancelled") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This cash-on-delivery payment was cancelled, so no cash can be recorded for it."
      )
    }
    return {
      data: {
        ...data,
        state: "collected",
        collected_at: data.collected_at ?? new Date().toISOString(),
      },
    }
  }

  async cancelPayment(input: CancelPaymentInput): Promise<CancelPaymentOutput> {
    const data = readData(input.data)
    if (data.state === "collected") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The courier has already collected this cash; refund it instead of cancelling."
      )
    }
    return {
      data: {
        ...data,
        state: "cancelled",
        cancelled_at: new Date().toISOString(),
      },
    }
  }

  async refundPayment(input: RefundPaymentInput): Promise<RefundPaymentOutput> {
    const data = readData(input.data)
    const refund = toAmount(input.amount)
    if (data.state !== "collected") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Only cash the courier has collected can be refunded; cancel the payment instead."
      )
    }
    const refunded = (data.refunded_amount ?? 0) + refund
    if (refunded > data.amount) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A refund cannot exceed the cash collected for this order."
      )
    }
    return { data: { ...data, refunded_amount: refunded } }
  }

  async deletePayment(input: DeletePaymentInput): Promise<DeletePaymentOutput> {
    return { data: input.data ?? {} }
  }

  async retrievePayment(
    input: RetrievePaymentInput
  ): Promise<RetrievePaymentOutput> {
    return { data: readData(input.data) }
  }

  async getPaymentStatus(
    input: GetPaymentStatusInput
  ): Promise<GetPaymentStatusOutput> {
    const data = readData(input.data)
    const status = {
      pending: PaymentSessionStatus.PENDING,
      authorized: PaymentSessionStatus.AUTHORIZED,
      collected: PaymentSessionStatus.CAPTURED,
      cancelled: PaymentSessionStatus.CANCELED,
    }[data.state]
    return { status, data }
  }

  async getWebhookActionAndData(
    _payload: ProviderWebhookPayload["payload"]
  ): Promise<WebhookActionResult> {
    // Cash has no payment webhook; collection is confirmed by the courier's delivery (issue 8).
    return { action: PaymentActions.NOT_SUPPORTED }
  }
}

export default CodPaymentProviderService
