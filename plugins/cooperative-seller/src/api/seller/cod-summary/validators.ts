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

/** GET /seller/cod-summary: paging of the collected parcels. */
export const SellerGetCodSummaryParams = z
  .object({
    limit: pageNumber("limit", 1, 50, 20),
    offset: pageNumber("offset", 0, 100_000, 0),
  })
  .strict()

export type SellerGetCodSummaryParamsType = z.infer<
  typeof SellerGetCodSummaryParams
>
