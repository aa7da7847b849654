import {
  COURIER_SHIPMENTS_MODULE,
  type CourierEventSource,
  type CourierEventStatus,
  type CourierShipmentsModuleService,
  type ShipmentStatus,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  cancelOrderFulfillmentWorkflow,
  cancelOrderWorkflow,
  capturePaymentWorkflow,
  createOrderShipmentWorkflow,
  markOrderFulfillmentAsDeliveredWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"

export const COD_PROVIDER_ID = "pp_cod_cod"
export const COURIER_EVENT_CONFLICT_CODE = "courier_event_conflict"

export type RecordCourierEventInput = {
  provider: string
  event_id: string
  shipment_id: string
  order_id: string
  status: CourierEventStatus
  occurred_at: string
  cod_collected?: number
  note?: string
  source: CourierEventSource
  created_by?: string
}

type OrderForEvent = {
  id: string
  status: string
  email: string | null
  display_id: number
  fulfillments: {
    id: string
    shipped_at: string | Date | null
    delivered_at: string | Date | null
    canceled_at: string | Date | null
    items: { line_item_id: string; quantity: number }[]
  }[]
  payment_collections: {
    payments: {
      id: string
      provider_id: string
      captured_at: string | Date | null
      canceled_at: string | Date | null
    }[]
  }[]
}

export type CourierEventPlan = {
  duplicate: boolean
  order_id: string
  fulfillment_id: string
  previous_status: ShipmentStatus
  ship_items: { id: string; quantity: number }[] | null
  deliver: boolean
  capture_payment_id: string | null
  cancel: boolean
  reopen: boolean
  notify: {
    to: string
    template: "shipment-picked-up" | "shipment-delivered"
    data: Record<string, unknown>
  } | null
}

const MOVING: CourierEventStatus[] = [
  "picked_up",
  "in_transit",
  "out_for_delivery",
  "delivered",
]

const conflict = (message: string) => {
  const error = new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
  ;(error as { code?: string }).code = COURIER_EVENT_CONFLICT_CODE
  return error
}

/**
 * Validation and planning, before anything is written: a replayed event is a duplicate; otherwise
 * what the status means for the order's fulfilment, payment and buyer.
 */
export const planCourierEventStep = createStep(
  "plan-courier-event",
  async (
    input: RecordCourierEventInput,
    { container }
  ): Promise<StepResponse<CourierEventPlan>> => {
    const service = container.resolve<CourierShipmentsModuleService>(
      COURIER_SHIPMENTS_MODULE
    )
    const shipment = await service.retrieveShipment(input.shipment_id)
    const [existing] = await service.listEvents(
      { provider: input.provider, event_id: input.event_id },
      { take: 1 }
    )
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = (await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "email",
        "display_id",
        "fulfillments.id",
        "fulfillments.shipped_at",
        "fulfillments.delivered_at",
        "fulfillments.canceled_at",
        "fulfillments.items.line_item_id",
        "fulfillments.items.quantity",
        "payment_collections.payments.id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: shipment.order_id },
    })) as { data: OrderForEvent[] }
    const fulfillment = order?.fulfillments.find(
      (candidate) => candidate.id === shipment.fulfillment_id
    )
    const base: CourierEventPlan = {
      duplicate: false,
      order_id: shipment.order_id,
      fulfillment_id: shipment.fulfillment_id,
      previous_status: shipment.status,
      ship_items: null,
      deliver: false,
      capture_payment_id: null,
      cancel: false,
      reopen: false,
      notify: null,
    }
    if (existing) {
      return new StepResponse({ ...base, duplicate: true })
    }
    if (!order || !fulfillment) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `The parcel ${shipment.tracking_number} has no order to update.`
      )
    }
    const canceled = order.status === "canceled" || !!fulfillment.canceled_at
    if (canceled && input.status !== "returned") {
      throw conflict(
        `The order of parcel ${shipment.tracking_number} was cancelled; a ${input.status} event cannot apply to it.`
      )
    }
    if (fulfillment.delivered_at && input.status !== "delivered") {
      throw conflict(
        `The parcel ${shipment.tracking_number} was already delivered; a ${input.status} event cannot apply to it.`
      )
    }
    const payment = order.payment_collections
      .flatMap((collection) => collection.payments)
      .find((candidate) => candidate.provider_id === COD_PROVIDER_ID)
    const moving = MOVING.includes(input.status)
    const ship = moving && !canceled && !fulfillment.shipped_at
    const deliver = input.status === "delivered" && !fulfillment.delivered_at
    const capture =
      input.status === "delivered" &&
      !!payment &&
      !payment.captured_at &&
      !payment.canceled_at
    const firstPickup =
      ship || (input.status === "picked_up" && shipment.status === "ready")
    const template: "shipment-delivered" | "shipment-picked-up" | null = deliver
      ? "shipment-delivered"
      : firstPickup
        ? "shipment-picked-up"
        : null
    return new StepResponse({
      ...base,
      ship_items: ship
        ? fulfillment.items.map((item) => ({
            id: item.line_item_id,
            quantity: item.quantity,
          }))
        : null,
      deliver,
      capture_payment_id: capture && payment ? payment.id : null,
      cancel: input.status === "returned" && !canceled,
      reopen:
        input.status === "returned" && !canceled && !!fulfillment.shipped_at,
      notify:
        template && order.email
          ? {
              to: order.email,
              template,
              data: {
                subject:
                  template === "shipment-delivered"
                    ? `Đơn hàng #${order.display_id} đã giao thành công`
                    : `Đơn hàng #${order.display_id} đã được bưu tá nhận`,
                order_id: order.id,
                display_id: order.display_id,
                tracking_number: shipment.tracking_number,
                provider_id: shipment.provider_id,
                occurred_at: input.occurred_at,
              },
            }
          : null,
    })
  }
)

/** The event row; its unique (provider, event_id) is the last guard against a replay. */
export const createCourierEventStep = createStep(
  "create-courier-event",
  async (input: RecordCourierEventInput, { container }) => {
    const service = container.resolve<CourierShipmentsModuleService>(
      COURIER_SHIPMENTS_MODULE
    )
    const event = await service.createEvents({
      provider: input.provider,
      event_id: input.event_id,
      shipment_id: input.shipment_id,
      status: input.status,
      occurred_at: new Date(input.occurred_at),
      cod_collected: input.cod_collected ?? null,
      note: input.note ?? null,
      source: input.source,
      created_by: input.created_by ?? null,
    })
    return new StepResponse(event, event.id)
  },
  async (eventId, { container }) => {
    if (eventId) {
      await container
        .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
        .deleteEvents(eventId)
    }
  }
)

/** The parcel's own status; restored on rollback. */
export const updateShipmentStatusStep = createStep(
  "update-courier-shipment-status",
  async (
    input: { id: string; status: ShipmentStatus; previous: ShipmentStatus },
    { container }
  ) => {
    await container
      .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
      .updateShipments({ id: input.id, status: input.status })
    return new StepResponse(undefined, { id: input.id, status: input.previous })
  },
  async (previous, { container }) => {
    if (previous) {
      await container
        .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
        .updateShipments(previous)
    }
  }
)

/**
 * Medusa refuses to cancel a shipped fulfilment. A parcel the courier brought back is no longer
 * out there, so its shipped mark is lifted (and put back on rollback) before Medusa's own
 * fulfilment cancellation restocks it.
 */
export const reopenReturnedFulfillmentStep = createStep(
  "reopen-returned-fulfillment",
  async (input: { fulfillment_id: string }, { container }) => {
    const fulfillments = container.resolve(Modules.FULFILLMENT)
    const fulfillment = await fulfillments.retrieveFulfillment(
      input.fulfillment_id,
      { select: ["id", "shipped_at"] }
    )
    await fulfillments.updateFulfillment(input.fulfillment_id, {
      shipped_at: null,
    })
    return new StepResponse(undefined, {
      id: fulfillment.id,
      shipped_at: fulfillment.shipped_at,
    })
  },
  async (previous, { container }) => {
    if (previous) {
      await container
        .resolve(Modules.FULFILLMENT)
        .updateFulfillment(previous.id, { shipped_at: previous.shipped_at })
    }
  }
)

/** The buyer's message at pickup and at delivery, through Medusa's Notification module. */
export const notifyBuyerStep = createStep(
  "notify-buyer-of-shipment",
  async (notify: CourierEventPlan["notify"], { container }) => {
    if (!notify) {
      return new StepResponse(undefined)
    }
    await container.resolve(Modules.NOTIFICATION).createNotifications({
      to: notify.to,
      channel: "email",
      template: notify.template,
      trigger_type: `courier.${notify.template}`,
      resource_id: String(notify.data.order_id),
      resource_type: "order",
      data: notify.data,
    })
    return new StepResponse(undefined)
  }
)

/**
 * One courier event, locked per order: recorded once (a replay is a duplicate and changes
 * nothing), then Medusa moves the order: picked up → the fulfilment is shipped; delivered → it is
 * delivered and a cash-on-delivery payment is captured; returned → the fulfilment and the order
 * are cancelled through Medusa's own workflows (stock back, payment cancelled). The buyer hears
 * of the pickup and of the delivery.
 */
export const recordCourierEventWorkflow = createWorkflow(
  "record-courier-event",
  (input: RecordCourierEventInput) => {
    const lockKey = transform(
      { input },
      ({ input }) => `courier-event:${input.order_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })
    const plan = planCourierEventStep(input)

    when(
      "record-new-courier-event",
      { plan },
      ({ plan }) => !plan.duplicate
    ).then(() => {
      createCourierEventStep(input)
    })

    when(
      "ship-picked-up-parcel",
      { plan },
      ({ plan }) => !!plan.ship_items
    ).then(() => {
      const shipInput = transform({ plan, input }, ({ plan, input }) => ({
        order_id: plan.order_id,
        fulfillment_id: plan.fulfillment_id,
        items: plan.ship_items ?? [],
        created_by: input.created_by,
        no_notification: true,
      }))
      createOrderShipmentWorkflow.runAsStep({ input: shipInput })
    })

    when("deliver-parcel", { plan }, ({ plan }) => plan.deliver).then(() => {
      const deliverInput = transform({ plan }, ({ plan }) => ({
        orderId: plan.order_id,
        fulfillmentId: plan.fulfillment_id,
      }))
      markOrderFulfillmentAsDeliveredWorkflow.runAsStep({ input: deliverInput })
    })

    when(
      "capture-cod-payment",
      { plan },
      ({ plan }) => !!plan.capture_payment_id
    ).then(() => {
      const captureInput = transform({ plan, input }, ({ plan, input }) => ({
        payment_id: plan.capture_payment_id ?? "",
        captured_by: input.created_by,
      }))
      capturePaymentWorkflow.runAsStep({ input: captureInput })
    })

    when("reopen-returned-parcel", { plan }, ({ plan }) => plan.reopen).then(
      () => {
        const reopenInput = transform({ plan }, ({ plan }) => ({
          fulfillment_id: plan.fulfillment_id,
        }))
        reopenReturnedFulfillmentStep(reopenInput)
      }
    )

    when("cancel-returned-order", { plan }, ({ plan }) => plan.cancel).then(
      () => {
        const cancelFulfillmentInput = transform(
          { plan, input },
          ({ plan, input }) => ({
            order_id: plan.order_id,
            fulfillment_id: plan.fulfillment_id,
            no_notification: true,
            canceled_by: input.created_by,
          })
        )
        cancelOrderFulfillmentWorkflow.runAsStep({
          input: cancelFulfillmentInput,
        })
        const cancelInput = transform({ plan, input }, ({ plan, input }) => ({
          order_id: plan.order_id,
          canceled_by: input.created_by,
        }))
        cancelOrderWorkflow.runAsStep({ input: cancelInput })
      }
    )

    when("update-parcel-status", { plan }, ({ plan }) => !plan.duplicate).then(
      () => {
        const statusInput = transform({ plan, input }, ({ plan, input }) => ({
          id: input.shipment_id,
          status: (input.status === "returned"
            ? "returned"
            : input.status) as ShipmentStatus,
          previous: plan.previous_status,
        }))
        updateShipmentStatusStep(statusInput)
      }
    )

    when(
      "notify-buyer",
      { plan },
      ({ plan }) => !plan.duplicate && !!plan.notify
    ).then(() => {
      const notifyInput = transform({ plan }, ({ plan }) => plan.notify)
      notifyBuyerStep(notifyInput)
    })

    releaseLockStep({ key: lockKey })
    const result = transform({ plan }, ({ plan }) => ({
      duplicate: plan.duplicate,
    }))
    return new WorkflowResponse(result)
  }
)
