import type {
  CreateCartAddressDTO,
  MedusaContainer,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  cancelOrderWorkflow,
  completeCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type { CheckoutPlan, PlannedOrder } from "./plan"

export const COD_PROVIDER_ID = "pp_cod_cod"
export const STRIPE_PROVIDER_ID = "pp_stripe_stripe"

const paymentRefused = (message: string): MedusaError =>
  new MedusaError(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, message)

/**
 * What the payment session starts with. A card pays each cooperative's order with its own Stripe
 * PaymentIntent, confirmed at once on the buyer's PaymentMethod and captured later (manual
 * capture); `setup_future_usage` attaches the card to the buyer's Stripe customer on the first
 * order, which Stripe requires before the same card pays the next one.
 */
const sessionData = (plan: CheckoutPlan): Record<string, unknown> =>
  plan.payment_provider_id === STRIPE_PROVIDER_ID
    ? {
        payment_method: plan.payment_method,
        confirm: true,
        setup_future_usage: "on_session",
        payment_method_types: ["card"],
      }
    : {}

type CartTotals = {
  id: string
  total: number
  payment_collection?: { id: string } | null
}

/**
 * Turns one cooperative's share of the buyer's cart into a Medusa order through Medusa's own
 * cart completion: a cart with that cooperative's items, the delivery option chosen for it, and a
 * payment session for the whole parcel (the amount a COD courier collects). Returns the order id.
 */
const placeOrder = async (
  container: MedusaContainer,
  plan: CheckoutPlan,
  checkoutId: string,
  planned: PlannedOrder
): Promise<string> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: plan.region_id,
      sales_channel_id: plan.sales_channel_id ?? undefined,
      currency_code: plan.currency_code,
      email: plan.email,
      customer_id: plan.customer_id ?? undefined,
      shipping_address: plan.shipping_address as CreateCartAddressDTO,
      billing_address: (plan.billing_address ??
        plan.shipping_address) as CreateCartAddressDTO,
      items: planned.items.map((item) => ({
        variant_id: item.variant_id,
        quantity: item.quantity,
        metadata: item.metadata ?? undefined,
      })),
      metadata: {
        checkout_id: checkoutId,
        buyer_cart_id: plan.cart_id,
        cooperative_id: planned.cooperative_id,
      },
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: {
      cart_id: cart.id,
      options: [
        {
          id: planned.shipping_option_id,
          // Paid by card, the courier collects nothing, so its quote has no COD fee.
          data:
            plan.payment_provider_id === STRIPE_PROVIDER_ID
              ? { ...planned.shipping_data, cod: false }
              : planned.shipping_data,
        },
      ],
    },
  })
  await createPaymentCollectionForCartWorkflow(container).run({
    input: { cart_id: cart.id },
  })
  const {
    data: [withTotals],
  } = (await query.graph({
    entity: "cart",
    fields: ["id", "total", "payment_collection.id"],
    filters: { id: cart.id },
  })) as { data: CartTotals[] }
  const paymentCollectionId = withTotals?.payment_collection?.id
  if (!paymentCollectionId) {
    throw new Error(
      `The payment for ${planned.cooperative_name} could not be prepared.`
    )
  }
  const isCard = plan.payment_provider_id === STRIPE_PROVIDER_ID
  const session = await createPaymentSessionsWorkflow(container)
    .run({
      input: {
        payment_collection_id: paymentCollectionId,
        provider_id: plan.payment_provider_id,
        // A card needs the buyer as a Stripe customer (Medusa's account holder); cash does not.
        customer_id: isCard ? (cart.customer_id ?? undefined) : undefined,
        data: sessionData(plan),
      },
    })
    .catch((error: { message?: string }) => {
      if (!isCard) {
        throw error
      }
      const reason = String(error.message ?? "").replace(/^.*?: (?=[A-Z])/, "")
      throw paymentRefused(
        `The card payment for ${planned.cooperative_name} was refused: ${reason}`
      )
    })
  if (isCard && session.result.status !== "authorized") {
    throw paymentRefused(
      session.result.status === "requires_more"
        ? "Your bank wants you to confirm this payment (3-D Secure), which this checkout cannot do yet; use another card or cash on delivery."
        : `The card payment for ${planned.cooperative_name} was not authorised.`
    )
  }
  const { result: order } = await completeCartWorkflow(container).run({
    input: { id: cart.id },
  })

  const total = Number(withTotals?.total ?? 0)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create({
    [Modules.ORDER]: { order_id: order.id },
    [COOPERATIVE_MODULE]: { cooperative_id: planned.cooperative_id },
  })
  const orders = container.resolve(Modules.ORDER)
  await orders.updateOrders(order.id, {
    metadata: {
      checkout_id: checkoutId,
      cooperative_id: planned.cooperative_id,
      cooperative_name: planned.cooperative_name,
      payment_provider_id: plan.payment_provider_id,
      cod_amount: plan.payment_provider_id === COD_PROVIDER_ID ? total : 0,
    },
  })
  return order.id
}

/** Cancels orders already placed: releases their stock reservations and payments. */
export const cancelOrders = async (
  container: MedusaContainer,
  orderIds: string[]
): Promise<void> => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  for (const orderId of orderIds) {
    try {
      await cancelOrderWorkflow(container).run({ input: { order_id: orderId } })
    } catch (error) {
      logger.error(
        `Checkout rollback: order ${orderId} could not be cancelled: ${(error as Error).message}`
      )
      throw error
    }
  }
}

/**
 * Places one order per cooperative, in the cart's order. If one fails (a cooperative's last units
 * went to another buyer, a payment was refused) the orders already placed are cancelled before
 * the error goes back, so a checkout is never half made.
 */
export const placeCooperativeOrders = async (
  container: MedusaContainer,
  plan: CheckoutPlan,
  checkoutId: string
): Promise<string[]> => {
  const placed: string[] = []
  try {
    for (const planned of plan.orders) {
      placed.push(await placeOrder(container, plan, checkoutId, planned))
    }
  } catch (error) {
    await cancelOrders(container, placed)
    throw error
  }
  return placed
}
