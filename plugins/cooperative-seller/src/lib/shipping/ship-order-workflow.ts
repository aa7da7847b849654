import {
  COURIER_SHIPMENTS_MODULE,
  type CourierShipmentsModuleService,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import { Modules } from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  createOrderFulfillmentWorkflow,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"

import {
  labelOf,
  type ParcelOverrides,
  planShipment,
  type ShipmentPlan,
} from "./plan-shipment"

export type ShipOrderWorkflowInput = {
  order_id: string
  cooperative_id: string
  member_id: string
  parcel: ParcelOverrides
  label_url: string
}

/** Validation: reads the order and refuses what cannot be shipped, before anything is written. */
export const planShipmentStep = createStep(
  "plan-shipment",
  async (input: ShipOrderWorkflowInput, { container }) =>
    new StepResponse(await planShipment(container, input))
)

/** The shipment row for the new fulfilment, with what its label prints; removed on rollback. */
export const createShipmentRecordStep = createStep(
  "create-shipment-record",
  async (
    input: { plan: ShipmentPlan; fulfillment_id: string },
    { container }
  ) => {
    const fulfillments = container.resolve(Modules.FULFILLMENT)
    const fulfillment = await fulfillments.retrieveFulfillment(
      input.fulfillment_id,
      { select: ["id", "provider_id", "data"] }
    )
    const data = (fulfillment.data ?? {}) as Record<string, unknown>
    const trackingNumber = String(data.tracking_number ?? "")
    const service = container.resolve<CourierShipmentsModuleService>(
      COURIER_SHIPMENTS_MODULE
    )
    const { request } = input.plan
    const shipment = await service.createShipments({
      provider_id: input.plan.provider_id,
      service: request.service,
      order_id: input.plan.order_id,
      fulfillment_id: fulfillment.id,
      cooperative_id: input.plan.cooperative_id,
      tracking_number: trackingNumber,
      courier_order_code:
        typeof data.courier_order_code === "string"
          ? data.courier_order_code
          : null,
      label: labelOf(input.plan, trackingNumber),
      expected_delivery_at:
        typeof data.expected_delivery_at === "string"
          ? new Date(data.expected_delivery_at)
          : null,
      weight_g: request.parcel.weight_g,
      length_cm: request.parcel.length_cm ?? null,
      width_cm: request.parcel.width_cm ?? null,
      height_cm: request.parcel.height_cm ?? null,
      cod_amount: request.cod_amount,
      status: "ready",
    })
    return new StepResponse(shipment, shipment.id)
  },
  async (shipmentId, { container }) => {
    if (shipmentId) {
      await container
        .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
        .deleteShipments(shipmentId)
    }
  }
)

/**
 * "Ready to ship": one Medusa fulfilment for every item still to ship, from the cooperative's
 * stock location, through Medusa's own order fulfilment (so the courier provider books the
 * parcel and gives its tracking number), then the shipment row the label is printed from. Locked
 * per order so that a double click makes one parcel; if a step fails, the steps before it are
 * undone (the courier's booking cancelled), so nothing is half made.
 */
export const shipOrderWorkflow = createWorkflow(
  "ship-cooperative-order",
  (input: ShipOrderWorkflowInput) => {
    acquireLockStep({ key: input.order_id, timeout: 10, ttl: 120 })
    const plan = planShipmentStep(input)
    const fulfillmentInput = transform({ plan, input }, ({ plan, input }) => ({
      order_id: plan.order_id,
      items: plan.items,
      location_id: plan.location_id,
      created_by: input.member_id,
      additional_data: { shipment: plan.request },
    }))
    const fulfillment = createOrderFulfillmentWorkflow.runAsStep({
      input: fulfillmentInput,
    })
    const recordInput = transform(
      { plan, fulfillment },
      ({ plan, fulfillment }) => ({ plan, fulfillment_id: fulfillment.id })
    )
    const shipment = createShipmentRecordStep(recordInput)
    releaseLockStep({ key: input.order_id })
    return new WorkflowResponse(shipment)
  }
)
