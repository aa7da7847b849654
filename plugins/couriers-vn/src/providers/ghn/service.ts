import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceContext,
  FulfillmentOption,
  Logger,
} from "@medusajs/framework/types"

import {
  type CartParcel,
  cartParcelFromContext,
  serviceOf,
} from "../../lib/cart-parcel"
import { TableQuotingFulfillmentService } from "../table-quoting"
import { GhnAddressResolver } from "./address"
import { GhnClient, GhnError } from "./client"
import { GHN_SERVICE_TYPE_STANDARD } from "./types"

export type GhnOptions = {
  /** GHN API token (GHN_TOKEN), sent as the `Token` header. */
  token: string
  /** GHN shop id (GHN_SHOP_ID), sent as the `ShopId` header on fee requests. */
  shopId: string | number
  /** GHN_BASE_URL; GHN's test gateway is https://dev-online-gateway.ghn.vn. */
  baseUrl?: string
  /** How long one quote waits for GHN before falling back to the table tariff, in ms. */
  timeoutMs?: number
}

export const GHN_DEFAULT_BASE_URL = "https://online-gateway.ghn.vn"
export const GHN_DEFAULT_TIMEOUT_MS = 4_000

/** A side GHN needs when a parcel has none measured: 10 cm, a small box. */
const UNMEASURED_SIDE_CM = 10

type InjectedDependencies = { logger: Logger }

const withDeadline = <T>(promise: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new GhnError(`GHN did not quote within ${ms} ms`)),
      ms
    )
  })
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer))
}

/**
 * Shipping prices from GHN's fee API (POST /shiip/public-api/v2/shipping-order/fee), with our
 * communes translated to GHN's district ids and ward codes by GhnAddressResolver. Whenever GHN
 * fails (unreachable, too slow, an error code, an answer that is not GHN's) the price comes from
 * the table tariff instead and a warning is logged: a courier outage never breaks a checkout.
 */
export class GhnFulfillmentService extends TableQuotingFulfillmentService {
  static override identifier = "ghn"

  protected readonly logger_: Logger
  protected readonly options_: Required<GhnOptions>
  protected readonly client_: GhnClient
  protected readonly addresses_: GhnAddressResolver

  static validateOptions(options: Record<string, unknown>): void {
    const { token, shopId, baseUrl, timeoutMs } = options
    if (typeof token !== "string" || token.trim() === "") {
      throw new Error(
        "The ghn fulfillment provider needs the `token` option (GHN_TOKEN)."
      )
    }
    if (
      (typeof shopId !== "string" && typeof shopId !== "number") ||
      String(shopId).trim() === ""
    ) {
      throw new Error(
        "The ghn fulfillment provider needs the `shopId` option (GHN_SHOP_ID)."
      )
    }
    if (baseUrl !== undefined) {
      if (typeof baseUrl !== "string" || !URL.canParse(baseUrl)) {
        throw new Error(
          "The ghn provider's `baseUrl` (GHN_BASE_URL) must be a URL such as https://online-gateway.ghn.vn."
        )
      }
    }
    if (
      timeoutMs !== undefined &&
      (typeof timeoutMs !== "number" ||
        !Number.isInteger(timeoutMs) ||
        timeoutMs < 1 ||
        timeoutMs > 60_000)
    ) {
      throw new Error(
        "The ghn provider's `timeoutMs` must be a whole number of milliseconds from 1 to 60000."
      )
    }
  }

  constructor({ logger }: InjectedDependencies, options: GhnOptions) {
    super()
    this.logger_ = logger
    this.options_ = {
      token: options.token,
      shopId: String(options.shopId),
      baseUrl: options.baseUrl || GHN_DEFAULT_BASE_URL,
      timeoutMs: options.timeoutMs ?? GHN_DEFAULT_TIMEOUT_MS,
    }
    this.client_ = new GhnClient({
      token: this.options_.token,
      shopId: String(this.options_.shopId),
      baseUrl: this.options_.baseUrl,
      timeoutMs: this.options_.timeoutMs,
    })
    this.addresses_ = new GhnAddressResolver(this.client_)
  }

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    // GHN's fee API publishes one service type for e-commerce parcels (2, "Hàng nhẹ") and one
    // for heavy goods (5); it publishes no express service, so only "standard" is offered.
    return [
      {
        id: "standard",
        name: "GHN tiêu chuẩn",
        service: "standard",
        service_type_id: GHN_SERVICE_TYPE_STANDARD,
      },
    ]
  }

  override async validateOption(
    data: Record<string, unknown>
  ): Promise<boolean> {
    return data.service === "standard"
  }

  override async calculatePrice(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: CalculateShippingOptionPriceContext
  ): Promise<CalculatedShippingOptionPrice> {
    const service = serviceOf(optionData)
    const parcel = cartParcelFromContext(data, context, this.tariff_)
    try {
      const total = await withDeadline(
        this.ghnTotal(parcel),
        this.options_.timeoutMs
      )
      return {
        calculated_amount: total,
        is_calculated_price_tax_inclusive: true,
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      this.logger_.warn(
        `GHN could not quote a parcel from ${parcel.from.commune_name} (${parcel.from.province_code}) to ${parcel.to.commune_name} (${parcel.to.province_code}): ${reason}. Using the table tariff ${this.tariff_.version} instead.`
      )
      return this.tablePrice(service, parcel)
    }
  }

  /** GHN's total for the parcel, in whole đồng (GHN quotes VAT included). */
  protected async ghnTotal(parcel: CartParcel): Promise<number> {
    const provinceName = (code: string) =>
      this.tariff_.provinces[code]?.name ?? code
    const [from, to] = await Promise.all([
      this.addresses_.resolve({
        province_name: provinceName(parcel.from.province_code),
        commune_name: parcel.from.commune_name,
      }),
      this.addresses_.resolve({
        province_name: provinceName(parcel.to.province_code),
        commune_name: parcel.to.commune_name,
      }),
    ])
    const side = (value: number | undefined) =>
      value && value > 0 ? Math.ceil(value) : UNMEASURED_SIDE_CM
    const fee = await this.client_.fee({
      service_type_id: GHN_SERVICE_TYPE_STANDARD,
      from_district_id: from.district_id,
      from_ward_code: from.ward_code,
      to_district_id: to.district_id,
      to_ward_code: to.ward_code,
      weight: Math.max(1, Math.ceil(parcel.parcel.weight_g)),
      length: side(parcel.parcel.length_cm),
      width: side(parcel.parcel.width_cm),
      height: side(parcel.parcel.height_cm),
      insurance_value: parcel.declared_value,
      cod_value: parcel.cod_amount,
    })
    return Math.round(fee.total)
  }
}
