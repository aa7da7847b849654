import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  type WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { Modules } from "@medusajs/framework/utils"

import { type CheckoutPlan, planCheckout } from "../lib/checkout/plan"
import {
  cancelOrders,
  placeCooperativeOrders,
} from "../lib/checkout/place-orders"
import { CHECKOUT_MODULE } from "../modules/checkout"
import type CheckoutModuleService from "../modules/checkout/service"

export const CHECKOUT_COMPLETED_EVENT = "checkout.completed"

export type CheckoutCartWorkflowInput = {
  cart_id: string
  payment_provider_id: string
  /** Cards only: the Stripe PaymentMethod made from the buyer's card. */
  payment_method?: string
}

const findCompletedCheckoutStep = createStep(
  "find-completed-checkout",
  async (input: { cart_id: string }, { container }) => {
    const service = container.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
    const [existing] = await service.listCheckouts({
      cart_id: input.cart_id,
      status: "completed",
    })
    return new StepResponse(existing?.id ?? null)
  }
)

const planCheckoutStep = createStep(
  "plan-checkout",
  async (input: CheckoutCartWorkflowInput, { container }) =>
    new StepResponse(await planCheckout(container, input))
)

/** The checkout record, pending until its orders exist; removed again if anything fails. */
const startCheckoutStep = createStep(
  "start-checkout",
  async (plan: CheckoutPlan, { container }) => {
    const service = container.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
    // A checkout that failed earlier for this cart (its orders were cancelled) is replaced.
    const stale = await service.listCheckouts({ cart_id: plan.cart_id })
    if (stale.length > 0) {
      await service.deleteCheckouts(stale.map((row) => row.id))
    }
    const checkout = await service.createCheckouts({
      cart_id: plan.cart_id,
      status: "pending",
      email: plan.email,
      customer_id: plan.customer_id,
      payment_provider_id: plan.payment_provider_id,
      currency_code: plan.currency_code,
      order_ids: [],
    })
    return new StepResponse(checkout.id, checkout.id)
  },
  async (checkoutId, { container }) => {
    if (checkoutId) {
      const service = container.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
      await service.deleteCheckouts(checkoutId)
    }
  }
)

const placeCooperativeOrdersStep = createStep(
  "place-cooperative-orders",
  async (input: { plan: CheckoutPlan; checkout_id: string }, { container }) => {
    const orderIds = await placeCooperativeOrders(
      container,
      input.plan,
      input.checkout_id
    )
    return new StepResponse(orderIds, orderIds)
  },
  async (orderIds, { container }) => {
    if (orderIds?.length) {
      await cancelOrders(container, orderIds)
    }
  }
)

/** Marks the checkout complete with its orders, and the buyer's cart as used. */
const finishCheckoutStep = createStep(
  "finish-checkout",
  async (
    input: { checkout_id: string; cart_id: string; order_ids: string[] },
    { container }
  ) => {
    const service = container.resolve<CheckoutModuleService>(CHECKOUT_MODULE)
    await service.updateCheckouts({
      id: input.checkout_id,
      status: "completed",
      order_ids: input.order_ids,
    })
    const carts = container.resolve(Modules.CART)
    await carts.updateCarts(input.cart_id, { completed_at: new Date() })
    return new StepResponse(input.checkout_id, input)
  },
  async (input, { container }) => {
    if (input) {
      const carts = container.resolve(Modules.CART)
      await carts.updateCarts(input.cart_id, { completed_at: null })
    }
  }
)

/**
 * Checks out a buyer's cart from several cooperatives: one order per cooperative, each through
 * Medusa's cart completion with that cooperative's items, delivery and payment, linked to the
 * cooperative and grouped under one checkout. Locked per cart and idempotent: a retried or
 * double-clicked checkout returns the checkout already made. If any order cannot be placed, the
 * ones placed are cancelled and no checkout remains.
 */
export const checkoutCartWorkflow = createWorkflow(
  "checkout-cart",
  (input: WorkflowData<CheckoutCartWorkflowInput>) => {
    const lockKey = transform(
      { input },
      ({ input }) => `checkout:${input.cart_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 60, ttl: 180 })
    const existing = findCompletedCheckoutStep(input)
    const created = when(
      "checkout-not-done-yet",
      { existing },
      ({ existing }) => !existing
    ).then(() => {
      const plan = planCheckoutStep(input)
      const checkoutId = startCheckoutStep(plan)
      const orderIds = placeCooperativeOrdersStep({
        plan,
        checkout_id: checkoutId,
      })
      const finished = finishCheckoutStep({
        checkout_id: checkoutId,
        cart_id: input.cart_id,
        order_ids: orderIds,
      })
      emitEventStep({
        eventName: CHECKOUT_COMPLETED_EVENT,
        data: { id: finished },
      })
      return finished
    })
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(
      transform({ existing, created }, ({ existing, created }) => ({
        id: (existing ?? created) as string,
      }))
    )
  }
)
