import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
} from "@medusajs/framework/utils"

import { loadCheckoutView } from "../../../../../lib/checkout/serialize"
import { checkoutCartWorkflow } from "../../../../../workflows/checkout-cart"
import type { StoreCheckoutBody } from "./validators"

type CartItemRow = {
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  quantity: number
}

/** Names what the buyer's cart asks for beyond the stock left, for a sold-out message. */
const describeShortages = async (
  req: MedusaRequest,
  cartId: string
): Promise<string> => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = (await query.graph({
    entity: "cart",
    fields: [
      "sales_channel_id",
      "items.variant_id",
      "items.product_title",
      "items.variant_title",
      "items.quantity",
    ],
    filters: { id: cartId },
  })) as { data: { sales_channel_id: string; items: CartItemRow[] }[] }
  const items = (cart?.items ?? []).filter((item) => item.variant_id)
  if (!cart || items.length === 0) {
    return ""
  }
  const availability = await getVariantAvailability(query, {
    variant_ids: items.map((item) => item.variant_id as string),
    sales_channel_id: cart.sales_channel_id,
  })
  return items
    .flatMap((item) => {
      const left = availability[item.variant_id as string]?.availability ?? 0
      if (left >= Number(item.quantity)) {
        return []
      }
      const name = [item.product_title, item.variant_title]
        .filter(Boolean)
        .join(" – ")
      return [left > 0 ? `${name}: only ${left} left` : `${name}: sold out`]
    })
    .join("; ")
}

const isOutOfStock = (error: unknown): boolean => {
  // Errors from a workflow's steps come back as plain objects, not always Error instances.
  const message = String((error as { message?: unknown } | null)?.message ?? "")
  const code = (error as { code?: string } | null)?.code
  return (
    code === MedusaError.Codes.INSUFFICIENT_INVENTORY ||
    /required inventory|Not enough stock/i.test(message)
  )
}

/** Another buyer held the same stock for longer than Medusa's lock waits (5 s by default). */
const isLockTimeout = (error: unknown): boolean =>
  /Timed-out acquiring lock/i.test(
    String((error as { message?: unknown } | null)?.message ?? "")
  )

/** Attempts at a checkout that only lost the race for a lock; each failed one left nothing behind. */
const LOCK_ATTEMPTS = 3

const isPaymentFailure = (error: unknown): boolean =>
  (error as { type?: string } | null)?.type ===
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR

/**
 * Checks the cart out into one order per cooperative (see `checkoutCartWorkflow`). Calling it
 * again for the same cart returns the same checkout.
 */
export const POST = async (
  req: MedusaRequest<StoreCheckoutBody>,
  res: MedusaResponse
) => {
  const cartId = req.params.id as string
  const body = req.validatedBody
  const run = async (attempt: number): Promise<string> => {
    try {
      const { result } = await checkoutCartWorkflow(req.scope).run({
        input: {
          cart_id: cartId,
          payment_provider_id: body.payment_provider_id,
          payment_method: body.payment_method,
        },
      })
      return result.id
    } catch (error) {
      if (isLockTimeout(error) && attempt < LOCK_ATTEMPTS) {
        return run(attempt + 1)
      }
      throw error
    }
  }
  try {
    const checkoutId = await run(1)
    res.json({ checkout: await loadCheckoutView(req.scope, checkoutId) })
  } catch (error) {
    if (isOutOfStock(error)) {
      const shortages = await describeShortages(req, cartId)
      res.status(409).json({
        type: "out_of_stock",
        message: `Some items sold out while you were checking out${shortages ? ` (${shortages})` : ""}. Change the quantities in your cart and try again; nothing was ordered.`,
      })
      return
    }
    if (isLockTimeout(error)) {
      res.status(409).json({
        type: "busy",
        message:
          "Many buyers are ordering these items right now; nothing was ordered. Try again in a moment.",
      })
      return
    }
    if (isPaymentFailure(error)) {
      res.status(502).json({
        type: "payment_failed",
        message: `The payment did not go through: ${String((error as { message?: unknown }).message ?? "")} Nothing was ordered; try again or choose cash on delivery.`,
      })
      return
    }
    throw error
  }
}
