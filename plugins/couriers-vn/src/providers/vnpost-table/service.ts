import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceContext,
  CreateFulfillmentResult,
  FulfillmentOption,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import {
  cartParcelFromContext,
  isServiceCode,
  serviceOf,
} from "../../lib/cart-parcel"
import { s10TrackingNumber, S10_SERVICE_LETTERS } from "../../lib/s10"
import { nextS10Serial, type RawSql } from "../../lib/s10-serials"
import { shipmentRequestOf } from "../../lib/shipment-request"
import { deliveryDays, SERVICE_CODES } from "../../lib/tariff"
import { TableQuotingFulfillmentService } from "../table-quoting"

export type VnpostTableOptions = Record<string, never>

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Shipping prices from the table tariff (data/vnpost-example-tariff.json, see TARIFF.md), one
 * parcel per cooperative. VNPost has no API here: a fulfilment gets an S10 tracking number from
 * our own sequence (EE… for EMS, CP… for standard parcels) and the cooperative hands the
 * labelled parcel to the post office or its pickup.
 */
export class VnpostTableFulfillmentService extends TableQuotingFulfillmentService {
  static override identifier = "vnpost-table"

  /** The fulfillment module's container: its PostgreSQL connection issues S10 serials. */
  protected readonly container_: Record<string, unknown>

  constructor(container: Record<string, unknown> = {}) {
    super()
    this.container_ = container
  }

  override async createFulfillment(
    data: Record<string, unknown>,
    _items: unknown[],
    _order: unknown,
    _fulfillment: unknown,
    additionalData?: Record<string, unknown>
  ): Promise<CreateFulfillmentResult> {
    const request = shipmentRequestOf(additionalData)
    const knex = this.container_[
      ContainerRegistrationKeys.PG_CONNECTION
    ] as RawSql
    const serial = await nextS10Serial(knex)
    const days = deliveryDays(
      request.service,
      request.sender.province_code,
      request.recipient.province_code,
      this.tariff_
    )
    return this.fulfillmentResult(
      data,
      {
        tracking_number: s10TrackingNumber(
          S10_SERVICE_LETTERS[request.service],
          serial
        ),
        service: request.service,
        courier_order_code: null,
        expected_delivery_at: new Date(
          Date.now() + days.max * DAY_MS
        ).toISOString(),
      },
      request
    )
  }

  override async getFulfillmentOptions(): Promise<FulfillmentOption[]> {
    return SERVICE_CODES.map((service) => ({
      id: service,
      name: this.tariff_.services[service].name,
      service,
    }))
  }

  override async validateOption(
    data: Record<string, unknown>
  ): Promise<boolean> {
    return isServiceCode(data.service)
  }

  override async calculatePrice(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: CalculateShippingOptionPriceContext
  ): Promise<CalculatedShippingOptionPrice> {
    return this.tablePrice(
      serviceOf(optionData),
      cartParcelFromContext(data, context, this.tariff_)
    )
  }
}
