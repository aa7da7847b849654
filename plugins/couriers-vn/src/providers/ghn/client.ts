import type {
  GhnCancelResult,
  GhnCreatedOrder,
  GhnCreateOrderRequest,
  GhnDistrict,
  GhnEnvelope,
  GhnFee,
  GhnFeeRequest,
  GhnProvince,
  GhnWard,
} from "./types"

export type GhnClientOptions = {
  token: string
  shopId: string
  baseUrl: string
  timeoutMs: number
}

/** Anything that kept GHN from answering: network, timeout, a non-200 code, a body that is not GHN's. */
export class GhnError extends Error {
  constructor(message: string) {
    super(message)
    this.name = "GhnError"
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const isEnvelope = (value: unknown): value is GhnEnvelope<unknown> =>
  isRecord(value) &&
  typeof value.code === "number" &&
  typeof value.message === "string"

/** A thin client for the GHN endpoints we use; every call is bounded by `timeoutMs`. */
export class GhnClient {
  private readonly options_: GhnClientOptions

  constructor(options: GhnClientOptions) {
    this.options_ = { ...options, baseUrl: options.baseUrl.replace(/\/+$/, "") }
  }

  private async request<T>(
    path: string,
    body: Record<string, unknown> | undefined,
    withShop: boolean
  ): Promise<T> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.options_.timeoutMs)
    const headers: Record<string, string> = {
      "Content-Type": "application/json",
      Token: this.options_.token,
    }
    if (withShop) {
      headers.ShopId = this.options_.shopId
    }
    let text: string
    let status: number
    try {
      const response = await fetch(`${this.options_.baseUrl}${path}`, {
        method: body ? "POST" : "GET",
        headers,
        body: body ? JSON.stringify(body) : undefined,
        signal: controller.signal,
      })
      status = response.status
      text = await response.text()
    } catch (error) {
      if (controller.signal.aborted) {
        throw new GhnError(
          `GHN did not answer ${path} within ${this.options_.timeoutMs} ms`
        )
      }
      throw new GhnError(
        `GHN could not be reached for ${path}: ${error instanceof Error ? error.message : String(error)}`
      )
    } finally {
      clearTimeout(timer)
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new GhnError(
        `GHN answered ${path} with HTTP ${status} and a body that is not JSON`
      )
    }
    if (!isEnvelope(parsed)) {
      throw new GhnError(
        `GHN answered ${path} with HTTP ${status} and a body without code and message`
      )
    }
    if (
      parsed.code !== 200 ||
      parsed.data === null ||
      parsed.data === undefined
    ) {
      throw new GhnError(
        `GHN refused ${path} (code ${parsed.code}): ${parsed.message}`
      )
    }
    return parsed.data as T
  }

  async provinces(): Promise<GhnProvince[]> {
    const data = await this.request<unknown>(
      "/shiip/public-api/master-data/province",
      undefined,
      false
    )
    return this.list<GhnProvince>(data, "province")
  }

  async districts(provinceId: number): Promise<GhnDistrict[]> {
    const data = await this.request<unknown>(
      "/shiip/public-api/master-data/district",
      { province_id: provinceId },
      false
    )
    return this.list<GhnDistrict>(data, "district")
  }

  async wards(districtId: number): Promise<GhnWard[]> {
    const data = await this.request<unknown>(
      "/shiip/public-api/master-data/ward",
      { district_id: districtId },
      false
    )
    return this.list<GhnWard>(data, "ward")
  }

  async fee(body: GhnFeeRequest): Promise<GhnFee> {
    const data = await this.request<unknown>(
      "/shiip/public-api/v2/shipping-order/fee",
      body,
      true
    )
    if (!isRecord(data) || typeof data.total !== "number" || data.total < 0) {
      throw new GhnError("GHN's fee answer has no total")
    }
    return data as GhnFee
  }

  /** Creates a GHN order for one parcel; GHN answers with its order code, the tracking code. */
  async createOrder(body: GhnCreateOrderRequest): Promise<GhnCreatedOrder> {
    const data = await this.request<unknown>(
      "/shiip/public-api/v2/shipping-order/create",
      body,
      true
    )
    if (
      !isRecord(data) ||
      typeof data.order_code !== "string" ||
      data.order_code === "" ||
      typeof data.expected_delivery_time !== "string"
    ) {
      throw new GhnError(
        "GHN's create-order answer has no order code or expected delivery time"
      )
    }
    return data as GhnCreatedOrder
  }

  /** Cancels GHN orders that have not been picked up yet. */
  async cancelOrders(orderCodes: string[]): Promise<GhnCancelResult[]> {
    const data = await this.request<unknown>(
      "/shiip/public-api/v2/switch-status/cancel",
      { order_codes: orderCodes },
      true
    )
    return this.list<GhnCancelResult>(data, "cancel result")
  }

  private list<T>(data: unknown, what: string): T[] {
    if (!Array.isArray(data)) {
      throw new GhnError(`GHN's ${what} list is not a list`)
    }
    return data as T[]
  }
}
