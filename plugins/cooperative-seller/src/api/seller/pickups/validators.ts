import { z } from "@medusajs/framework/zod"

import { pageParams } from "../../utils/paging"

/** GET /seller/pickups: paging. */
export const SellerGetPickupsParams = z
  .object({
    ...pageParams(50, 100_000),
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
