import { z } from "@medusajs/framework/zod"

const pageNumber = (
  field: string,
  min: number,
  max: number,
  fallback: number
) =>
  z.coerce
    .number({ error: `${field} must be a number.` })
    .int(`${field} must be a whole number.`)
    .min(min, `${field} must be from ${min} to ${max.toLocaleString("en")}.`)
    .max(max, `${field} must be from ${min} to ${max.toLocaleString("en")}.`)
    .default(fallback)

/** GET /seller/pickups: paging. */
export const SellerGetPickupsParams = z
  .object({
    limit: pageNumber("limit", 1, 50, 20),
    offset: pageNumber("offset", 0, 100_000, 0),
  })
  .strict()

export type SellerGetPickupsParamsType = z.infer<typeof SellerGetPickupsParams>

/** POST /seller/pickups: an optional word for the driver. */
export const SellerRequestPickup = z
  .object({
    note: z
      .string({ error: "note must be text." })
      .trim()
      .min(1, "note must not be empty; leave it out instead.")
      .max(300, "note has at most 300 characters.")
      .optional(),
  })
  .strict()

export type SellerRequestPickupType = z.infer<typeof SellerRequestPickup>
