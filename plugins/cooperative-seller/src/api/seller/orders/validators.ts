import { z } from "@medusajs/framework/zod"

import { SELLER_ORDER_STATUSES } from "../../../lib/cooperative-orders"

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

/** GET /seller/orders: paging and the seller's order status. */
export const SellerGetOrdersParams = z
  .object({
    limit: pageNumber("limit", 1, 50, 20),
    offset: pageNumber("offset", 0, 100_000, 0),
    status: z
      .enum(SELLER_ORDER_STATUSES, {
        error: `status is one of ${SELLER_ORDER_STATUSES.join(", ")}, or left out for every order.`,
      })
      .optional(),
  })
  .strict()

export type SellerGetOrdersParamsType = z.infer<typeof SellerGetOrdersParams>

export const SellerOrderParams = z
  .object({
    id: z
      .string()
      .max(100, "An order id has at most 100 characters.")
      .regex(
        /^[A-Za-z0-9_]+$/,
        "An order id looks like order_01J…; copy it from GET /seller/orders."
      ),
  })
  .strict()

export const SellerNoOrderQuery = z.object({}).strict()

export const SellerNoBody = z.object({}).strict()
