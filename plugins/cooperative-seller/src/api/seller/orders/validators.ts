import { z } from "@medusajs/framework/zod"

import { pageParams } from "../../utils/paging"

import { SELLER_ORDER_STATUSES } from "../../../lib/cooperative-orders"

/** GET /seller/orders: paging and the seller's order status. */
export const SellerGetOrdersParams = z
  .object({
    ...pageParams(50, 100_000),
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
