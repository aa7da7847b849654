import type { CalculateShippingOptionPriceContext } from "@medusajs/framework/types"

type Place = { province?: string; city?: string } | undefined

type Item = {
  quantity: number
  unit_price: number
  weight?: number
  length?: number
  width?: number
  height?: number
}

/**
 * The part of Medusa's price context the providers read, shaped as the calculate-prices workflow
 * builds it: the stock location with `address.*`, the cart's shipping address, and the items of
 * one shipping profile with their variants.
 */
export const priceContext = (
  from: Place,
  to: Place,
  items: Item[]
): CalculateShippingOptionPriceContext =>
  ({
    id: "cart_test",
    shipping_address: to,
    from_location: { id: "sloc_test", name: "HTX", address: from },
    items: items.map((item, index) => ({
      id: `cali_${index}`,
      quantity: item.quantity,
      unit_price: item.unit_price,
      variant: {
        id: `variant_${index}`,
        weight: item.weight,
        length: item.length,
        width: item.width,
        height: item.height,
      },
    })),
  }) as unknown as CalculateShippingOptionPriceContext
