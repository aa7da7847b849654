import { model } from "@medusajs/framework/utils"

export const CHECKOUT_STATUSES = ["pending", "completed", "failed"] as const

/**
 * One buyer's checkout of one cart: the cart from several cooperatives becomes one order per
 * cooperative (`order_ids`, in the cart's cooperative order). A cart has at most one checkout,
 * which makes a retried or double-clicked checkout return the same orders.
 */
export const Checkout = model.define("checkout", {
  id: model.id({ prefix: "chk" }).primaryKey(),
  cart_id: model.text().unique("IDX_checkout_cart_id_unique"),
  status: model.enum([...CHECKOUT_STATUSES]).default("pending"),
  email: model.text(),
  customer_id: model.text().nullable(),
  payment_provider_id: model.text(),
  currency_code: model.text(),
  order_ids: model.array(),
  error: model.text().nullable(),
})
