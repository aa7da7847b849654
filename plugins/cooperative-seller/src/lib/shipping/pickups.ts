import {
  COURIER_SHIPMENTS_MODULE,
  type CourierShipmentsModuleService,
  type ShipmentStatus,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"

import { pickupDateFor } from "./pickup-date"

/** Why no pickup can be asked for now; the route answers 409 with the sentence. */
export const PICKUP_CONFLICT_CODE = "pickup_conflict"

export type PickupView = {
  id: string
  requested_at: string
  pickup_date: string
  parcels: number
  provider_ids: string[]
  note: string | null
  shipments: {
    order_id: string
    display_id: number | null
    tracking_number: string
    provider_id: string
    status: ShipmentStatus
  }[]
}

const shipmentsService = (container: MedusaContainer) =>
  container.resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)

/** The cooperative's parcels labelled and waiting, not yet in a pickup request. */
const waitingFilter = (cooperativeId: string) => ({
  cooperative_id: cooperativeId,
  status: "ready" as const,
  pickup_id: null,
})

type RequestPickupInput = {
  cooperative_id: string
  note: string | null
  /** When the cooperative asked (ISO 8601): workflow input is stored as JSON. */
  now: string
}

/**
 * Records the pickup and puts every waiting parcel in it; undone (parcels freed, request
 * removed) when the workflow rolls back.
 */
const createPickupStep = createStep(
  "create-cooperative-pickup",
  async (input: RequestPickupInput, { container }) => {
    const service = shipmentsService(container)
    const waiting = await service.listShipments(
      waitingFilter(input.cooperative_id),
      { select: ["id", "provider_id"] }
    )
    if (waiting.length === 0) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "No parcel is waiting for the courier: mark an order ready to ship first.",
        PICKUP_CONFLICT_CODE
      )
    }
    const pickup = await service.createPickups({
      cooperative_id: input.cooperative_id,
      provider_ids: [...new Set(waiting.map((row) => row.provider_id))].sort(),
      parcels: waiting.length,
      requested_at: new Date(input.now),
      pickup_date: pickupDateFor(new Date(input.now)),
      note: input.note,
      courier_reference: null,
    })
    await service.updateShipments(
      waiting.map((row) => ({ id: row.id, pickup_id: pickup.id }))
    )
    return new StepResponse(pickup.id, {
      pickup_id: pickup.id,
      shipment_ids: waiting.map((row) => row.id),
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = shipmentsService(container)
    await service.updateShipments(
      undo.shipment_ids.map((id) => ({ id, pickup_id: null }))
    )
    await service.deletePickups(undo.pickup_id)
  }
)

/**
 * One pickup request for all the cooperative's ready parcels. Locked per cooperative, so two
 * taps on the button make one request and never put a parcel in two.
 */
export const requestPickupWorkflow = createWorkflow(
  "request-cooperative-pickup",
  (input: RequestPickupInput) => {
    const key = transform(
      { input },
      ({ input }) => `pickup:${input.cooperative_id}`
    )
    acquireLockStep({ key, timeout: 10, ttl: 60 })
    const pickupId = createPickupStep(input)
    releaseLockStep({ key })
    return new WorkflowResponse(pickupId)
  }
)

/** The cooperative's pickups, newest first, each with its parcels, and how many parcels wait. */
export const listPickups = async (
  container: MedusaContainer,
  cooperativeId: string,
  page: { limit: number; offset: number; ids?: string[] }
): Promise<{ pickups: PickupView[]; count: number; waiting: number }> => {
  const service = shipmentsService(container)
  const [[pickups, count], [, waiting]] = await Promise.all([
    service.listAndCountPickups(
      {
        cooperative_id: cooperativeId,
        ...(page.ids ? { id: page.ids } : {}),
      },
      {
        order: { requested_at: "DESC", id: "DESC" },
        skip: page.offset,
        take: page.limit,
      }
    ),
    service.listAndCountShipments(waitingFilter(cooperativeId), {
      select: ["id"],
      take: 1,
    }),
  ])
  const parcels =
    pickups.length > 0
      ? await service.listShipments(
          {
            cooperative_id: cooperativeId,
            pickup_id: pickups.map((pickup) => pickup.id),
          },
          { order: { created_at: "ASC" } }
        )
      : []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const orderIds = [...new Set(parcels.map((row) => row.order_id))]
  const { data: orders } = (
    orderIds.length > 0
      ? await query.graph({
          entity: "order",
          fields: ["id", "display_id"],
          filters: { id: orderIds },
        })
      : { data: [] }
  ) as { data: { id: string; display_id: number | null }[] }
  const displayIds = new Map(orders.map((row) => [row.id, row.display_id]))
  return {
    pickups: pickups.map((pickup) => ({
      id: pickup.id,
      requested_at: new Date(pickup.requested_at).toISOString(),
      pickup_date: pickup.pickup_date,
      parcels: pickup.parcels,
      provider_ids: pickup.provider_ids,
      note: pickup.note ?? null,
      shipments: parcels
        .filter((row) => row.pickup_id === pickup.id)
        .map((row) => ({
          order_id: row.order_id,
          display_id: displayIds.get(row.order_id) ?? null,
          tracking_number: row.tracking_number,
          provider_id: row.provider_id,
          status: row.status,
        })),
    })),
    count,
    waiting,
  }
}
