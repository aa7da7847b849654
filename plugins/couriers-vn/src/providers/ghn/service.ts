import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceContext,
  CreateFulfillmentResult,
  FulfillmentOption,
  Logger,
} from "@medusajs/framework/types"

import {
  type CartParcel,
  cartParcelFromContext,
  serviceOf,
} from "../../lib/cart-parcel"
import {
  courierError,
  type ShipmentRequest,
  shipmentRequestOf,
} from "../../lib/shipment-request"
import { TableQuotingFulfillmentService } from "../table-quoting"
import { GhnAddressResolver } from "./address"
import { GhnClient, GhnError } from "./client"
import {
  GHN_REQUIRED_NOTES,
  GHN_SERVICE_TYPE_STANDARD,
  type GhnCreateOrderRequest,
  type GhnRequiredNote,
} from "./types"

export type GhnOptions = {
  /** GHN API token (GHN_TOKEN), sent as the `Token` header. */
  token: string
  /** GHN shop id (GHN_SHOP_ID), sent as the `ShopId` header on fee requests. */
  shopId: string | number
  /** GHN_BASE_URL; GHN's test gateway is https://dev-online-gateway.ghn.vn. */
  baseUrl?: string
  /** How long one quote waits for GHN before falling back to the table tariff, in ms. */
  timeoutMs?: number
  /**
   * GHN's `required_note` on new orders: CHOXEMHANGKHONGTHU (the buyer may look at the goods but
   * not try them; the default), CHOTHUHANG (may try) or KHONGCHOXEMHANG (may not look).
   */
  requiredNote?: GhnRequiredNote
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
    const { token, shopId, baseUrl, timeoutMs, requiredNote } = options
    if (
      requiredNote !== undefined &&
      !GHN_REQUIRED_NOTES.includes(requiredNote as GhnRequiredNote)
    ) {
      throw new Error(
        `The ghn provider's \`requiredNote\` is one of ${GHN_REQUIRED_NOTES.join(", ")}.`
      )
    }
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
      requiredNote: options.requiredNote ?? "CHOXEMHANGKHONGTHU",
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

  /**
   * Creates the parcel's order at GHN (POST /shiip/public-api/v2/shipping-order/create) and keeps
   * GHN's order code, which is the tracking code, and its expected delivery time. GHN refusing or
   * failing is a courier error: the fulfilment is not created and the seller can try again.
   */
  override async createFulfillment(
    data: Record<string, unknown>,
    _items: unknown[],
    _order: unknown,
    fulfillment: { id?: string },
    additionalData?: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    const request = shipmentRequestOf(additionalData)
    let created
    try {
      created = await this.client_.createOrder(
        await this.createOrderBody(
          request,
          fulfillment.id ?? request.order_number
        )
      )
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      this.logger_.warn(
        `GHN did not take the parcel of order ${request.order_number}: ${reason}`
      )
      throw courierError(
        `GHN did not accept the parcel (${reason}). Nothing was sent; check the addresses and try again in a moment.`
      )
    }
    return this.fulfillmentResult(
      data,
      {
        tracking_number: created.order_code,
        service: request.service,
        courier_order_code: created.order_code,
        expected_delivery_at: new Date(
          created.expected_delivery_time
        ).toISOString(),
      },
      request
    )
  }

  /**
   * Cancels the GHN order behind a fulfilment (POST /shiip/public-api/v2/switch-status/cancel).
   * Best effort: when GHN cannot be reached the failure is logged with the order code to cancel
   * by hand, so that undoing a half-made shipment never stops half-way.
   */
  override async cancelFulfillment(
    data: Record<string, unknown>
  ): Promise<Record<string, unknown>> {
    const code = data.courier_order_code
    if (typeof code !== "string" || code === "") {
      return {}
    }
    try {
      const [result] = await this.client_.cancelOrders([code])
      if (result && !result.result) {
        this.logger_.error(
          `GHN did not cancel order ${code}: ${result.message}. Cancel it in GHN's shop portal.`
        )
      }
    } catch (error) {
      this.logger_.error(
        `GHN order ${code} could not be cancelled (${error instanceof Error ? error.message : String(error)}); cancel it in GHN's shop portal.`
      )
    }
    return {}
  }

  /** GHN's create-order body for the parcel, with both communes translated to GHN's ids. */
  protected async createOrderBody(
    request: ShipmentRequest,
    clientOrderCode: string
  ): Promise<GhnCreateOrderRequest> {
    const [from, to] = await Promise.all([
      this.addresses_.resolve({
        province_name: request.sender.province,
        commune_name: request.sender.commune,
      }),
      this.addresses_.resolve({
        province_name: request.recipient.province,
        commune_name: request.recipient.commune,
      }),
    ])
    const side = (value: number | undefined) =>
      value && value > 0 ? Math.ceil(value) : UNMEASURED_SIDE_CM
    return {
      // The buyer paid the delivery at checkout, so the shop pays GHN.
      payment_type_id: 1,
      note: request.note ?? "",
      required_note: this.options_.requiredNote,
      client_order_code: clientOrderCode,
      from_name: request.sender.name,
      from_phone: request.sender.phone,
      from_address: `${request.sender.address}, ${request.sender.commune}, ${request.sender.province}`,
      from_ward_name: request.sender.commune,
      from_province_name: request.sender.province,
      from_district_id: from.district_id,
      from_ward_code: from.ward_code,
      to_name: request.recipient.name,
      to_phone: request.recipient.phone,
      to_address: `${request.recipient.address}, ${request.recipient.commune}, ${request.recipient.province}`,
      to_ward_code: to.ward_code,
      to_district_id: to.district_id,
      cod_amount: request.cod_amount,
      content: `Đơn hàng ${request.order_number}`,
      weight: request.parcel.weight_g,
      length: side(request.parcel.length_cm),
      width: side(request.parcel.width_cm),
      height: side(request.parcel.height_cm),
      insurance_value: request.declared_value,
      service_type_id: GHN_SERVICE_TYPE_STANDARD,
      items: request.items.map((item) => ({
        name: item.name,
        code: item.code,
        quantity: item.quantity,
        price: item.price,
        weight: item.weight_g,
      })),
    }
  }
}
