import type {
  CalculatedShippingOptionPrice,
  CreateFulfillmentResult,
  ValidateFulfillmentDataContext,
} from "@medusajs/framework/types"
import {
  AbstractFulfillmentProviderService,
  MedusaError,
} from "@medusajs/framework/utils"

import type { CartParcel } from "../lib/cart-parcel"
import type {
  ShipmentRequest,
  ShipmentResultData,
} from "../lib/shipment-request"
import {
  exampleTariff,
  QuoteError,
  quoteTable,
  type ServiceCode,
  type Tariff,
} from "../lib/tariff"

/**
 * What our couriers share: calculated prices with the table tariff to fall back on, the
 * shipping method's `cod` flag (false when the buyer paid online, so no COD fee), and the
 * fulfilment result every courier returns (its tracking number as the label's).
 */
export abstract class TableQuotingFulfillmentService extends AbstractFulfillmentProviderService {
  protected readonly tariff_: Tariff = exampleTariff

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

  /** The table tariff's price for the parcel; a place outside the 2025 units is a 400. */
  protected tablePrice(
    service: ServiceCode,
    parcel: CartParcel
  ): CalculatedShippingOptionPrice {
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

  /** The fulfilment's data and its one label, the same shape for every courier. */
  protected fulfillmentResult(
    data: Record<string, unknown>,
    result: ShipmentResultData,
    request: ShipmentRequest
  ): CreateFulfillmentResult {
    return {
      data: { ...data, ...result },
      labels: [
        {
          tracking_number: result.tracking_number,
          tracking_url: "",
          label_url: request.label_url,
        },
      ],
    }
  }

  override async cancelFulfillment(
    _data: Record<string, unknown>
  ): Promise<Record<string, unknown>> {
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
