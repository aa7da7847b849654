import type {
  BigNumberInput,
  CalculateShippingOptionPriceContext,
} from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"

import {
  type Parcel,
  parcelFromItems,
  QuoteError,
  type QuotePlace,
  resolveProvinceCode,
  type ServiceCode,
  type Tariff,
} from "./tariff"

/** Everything a courier needs to price one cooperative's parcel, read from Medusa's context. */
export type CartParcel = {
  from: QuotePlace
  to: QuotePlace
  parcel: Parcel
  declared_value: number
  cod_amount: number
}

type AddressLike = { province?: string | null; city?: string | null } | null

const NO_DESTINATION =
  "The cart has no valid delivery address yet: choose a province and a commune or ward from the 2025 list before asking for a shipping price (Chưa có địa chỉ giao hàng hợp lệ: hãy chọn tỉnh/thành phố và xã/phường theo danh mục năm 2025)."

const NO_ORIGIN =
  "The cooperative's stock location has no 2025 province and commune in its address, so its parcels cannot be priced; the operator must fix the location's address (Địa chỉ kho của hợp tác xã chưa có tỉnh và xã/phường theo danh mục năm 2025)."

const placeOf = (
  address: AddressLike | undefined,
  tariff: Tariff,
  message: string
): QuotePlace => {
  const province = address?.province?.trim()
  const commune = address?.city?.trim()
  if (!province || !commune) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
  }
  try {
    return {
      province_code: resolveProvinceCode(province, tariff),
      commune_name: commune,
    }
  } catch (error) {
    if (error instanceof QuoteError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
    }
    throw error
  }
}

const toNumber = (value: BigNumberInput | null | undefined): number => {
  if (value === null || value === undefined) {
    return 0
  }
  const number = MathBN.convert(value).toNumber()
  return Number.isFinite(number) ? number : 0
}

/**
 * Reads one shipping option's parcel from Medusa's price context: the stock location's address
 * (province, commune in `city`) is the sender, the cart's shipping address the recipient, and the
 * items are already only those of this option's shipping profile, i.e. one cooperative's. The
 * declared value is what the buyer pays for those items; the courier collects it as COD unless the
 * shipping method's data says `cod: false` (the buyer paid online).
 */
export const cartParcelFromContext = (
  data: Record<string, unknown> | undefined,
  context: CalculateShippingOptionPriceContext,
  tariff: Tariff
): CartParcel => {
  const to = placeOf(context.shipping_address ?? null, tariff, NO_DESTINATION)
  const from = placeOf(context.from_location?.address, tariff, NO_ORIGIN)
  const items = context.items ?? []
  const parcel = parcelFromItems(
    items.map((item) => ({
      quantity: toNumber(item.quantity),
      weight: item.variant?.weight,
      length: item.variant?.length,
      width: item.variant?.width,
      height: item.variant?.height,
    }))
  )
  const declaredValue = Math.round(
    items.reduce(
      (sum, item) => sum + toNumber(item.unit_price) * toNumber(item.quantity),
      0
    )
  )
  return {
    from,
    to,
    parcel,
    declared_value: declaredValue,
    cod_amount: data?.cod === false ? 0 : declaredValue,
  }
}

export const isServiceCode = (value: unknown): value is ServiceCode =>
  value === "standard" || value === "express"

/** The option's service, or a MedusaError an admin can act on. */
export const serviceOf = (optionData: Record<string, unknown>): ServiceCode => {
  const service = optionData.service ?? optionData.id
  if (!isServiceCode(service)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The shipping option's data must name a service, "standard" or "express"; it has ${JSON.stringify(service ?? null)}.`
    )
  }
  return service
}
