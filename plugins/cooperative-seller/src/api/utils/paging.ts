import { z } from "@medusajs/framework/zod"

/** A whole number from the query string, within limits, with a sentence for each mistake. */
export const pageNumber = (
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

/** `limit` (1 to maxLimit, 20 by default) and `offset` (0 to maxOffset) of a list route. */
export const pageParams = (maxLimit: number, maxOffset: number) => ({
  limit: pageNumber("limit", 1, maxLimit, 20),
  offset: pageNumber("offset", 0, maxOffset, 0),
})
