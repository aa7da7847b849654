import { z } from "@medusajs/framework/zod"

const measure = (field: string, unit: string, min: number, max: number) =>
  z
    .number({ error: `${field} must be a number of ${unit}.` })
    .int(`${field} must be a whole number of ${unit}.`)
    .min(
      min,
      `${field} must be from ${min} to ${max.toLocaleString("en")} ${unit}.`
    )
    .max(
      max,
      `${field} must be from ${min} to ${max.toLocaleString("en")} ${unit}.`
    )
    .optional()

/**
 * POST /seller/orders/:id/ship: the parcel as the cooperative weighed and measured it; what is
 * left out comes from the products' weights and sizes.
 */
export const SellerShipOrder = z
  .object({
    weight_g: measure("weight_g", "grams", 1, 50_000),
    length_cm: measure("length_cm", "centimetres", 1, 200),
    width_cm: measure("width_cm", "centimetres", 1, 200),
    height_cm: measure("height_cm", "centimetres", 1, 200),
  })
  .strict()

export type SellerShipOrderType = z.infer<typeof SellerShipOrder>
