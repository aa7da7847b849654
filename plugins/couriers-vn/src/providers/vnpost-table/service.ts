import type {
  CalculatedShippingOptionPrice,
  CalculateShippingOptionPriceContext,
  CreateFulfillmentResult,
  FulfillmentOption,
  ValidateFulfillmentDataContext,
} from "@medusajs/framework/types"
import {
  AbstractFulfillmentProviderService,
  MedusaError,
} from "@medusajs/framework/utils"

import {
  cartParcelFromContext,
  isServiceCode,
  serviceOf,
} from "../../lib/cart-parcel"
import {
  exampleTariff,
  QuoteError,
  quoteTable,
  SERVICE_CODES,
  type Tariff,
} from "../../lib/tariff"

export type VnpostTableOptions = Record<string, never>

/**
 * Shipping prices from the table tariff (data/vnpost-example-tariff.json, see TARIFF.md), one
 * parcel per cooperative. Fulfilments are recorded without calling a courier: the cooperative
 * takes the parcel to the post office.
 */
export class VnpostTableFulfillmentService extends AbstractFulfillmentProviderService {
  static override identifier = "vnpost-table"

  protected readonly tariff_: Tariff = exampleTariff

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

  override async canCalculate(): Promise<boolean> {
    return true
  }

  override async validateFulfillmentData(
    _optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    _context: ValidateFulfillmentDataContext
  ): Promise<Record<string, unknown>> {
    if (data.cod !== undefined && typeof data.cod !== "boolean") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The shipping method's `cod` must be true (the courier collects the cash) or false (paid online)."
      )
    }
    return { ...data }
  }

  override async calculatePrice(
    optionData: Record<string, unknown>,
    data: Record<string, unknown>,
    context: CalculateShippingOptionPriceContext
  ): Promise<CalculatedShippingOptionPrice> {
    const service = serviceOf(optionData)
    const parcel = cartParcelFromContext(data, context, this.tariff_)
    try {
      const quote = quoteTable({ service, ...parcel }, this.tariff_)
      return {
        calculated_amount: quote.amount,
        is_calculated_price_tax_inclusive: true,
      }
    } catch (error) {
      if (error instanceof QuoteError) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
      }
      throw error
    }
  }

  override async createFulfillment(): Promise<CreateFulfillmentResult> {
    // Booking with the post office and tracking numbers come with shipments (issue 8).
    return { data: {}, labels: [] }
  }

  override async cancelFulfillment(): Promise<Record<string, unknown>> {
    return {}
  }

  override async createReturnFulfillment(): Promise<CreateFulfillmentResult> {
    return { data: {}, labels: [] }
  }

  override async getFulfillmentDocuments(): Promise<never[]> {
    return []
  }

  override async getReturnDocuments(): Promise<never[]> {
    return []
  }

  override async getShipmentDocuments(): Promise<never[]> {
    return []
  }
}
