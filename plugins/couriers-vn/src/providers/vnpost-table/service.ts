import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceContext,
  FulfillmentOption,
} from "@medusajs/framework/types"

import {
  cartParcelFromContext,
  isServiceCode,
  serviceOf,
} from "../../lib/cart-parcel"
import { SERVICE_CODES } from "../../lib/tariff"
import { TableQuotingFulfillmentService } from "../table-quoting"

export type VnpostTableOptions = Record<string, never>

/**
 * Shipping prices from the table tariff (data/vnpost-example-tariff.json, see TARIFF.md), one
 * parcel per cooperative. Fulfilments are recorded without calling a courier: the cooperative
 * takes the parcel to the post office.
 */
export class VnpostTableFulfillmentService extends TableQuotingFulfillmentService {
  static override identifier = "vnpost-table"

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
