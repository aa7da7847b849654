import {
  COURIER_SHIPMENTS_MODULE,
  type CourierShipmentsModuleService,
  type ShipmentStatus,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import { parcelFromItems } from "@cho-phien/couriers-vn/lib/tariff"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

type Amount = number | string | null | undefined

const num = (value: Amount): number => Number(value ?? 0)

/** The courier part of a fulfilment provider id: `vnpost-table_vnpost-table` → `vnpost-table`. */
export const courierOf = (providerId: string): string => {
  const cut = providerId.indexOf("_")
  return cut > 0 ? providerId.slice(0, cut) : providerId
}

type ItemSize = {
  weight: number | null
  length: number | null
  width: number | null
  height: number | null
}

/**
 * The box for some units of the order's items, from their variants: weights summed (500 g for a
 * variant without one, at least 1 g in all), the largest length and width, heights stacked, in
 * whole grams and centimetres. Sides are left out when a variant has no size.
 */
export const productBox = (
  lines: { item: { variant: ItemSize | null }; quantity: number }[]
): {
  weight_g: number
  length_cm?: number
  width_cm?: number
  height_cm?: number
} => {
  const measured = parcelFromItems(
    lines.map(({ item, quantity }) => ({
      quantity,
      weight: item.variant?.weight,
      length: item.variant?.length,
      width: item.variant?.width,
      height: item.variant?.height,
    }))
  )
  const side = (value: number | undefined) =>
    value ? Math.ceil(value) : undefined
  return {
    weight_g: Math.max(1, Math.ceil(measured.weight_g)),
    length_cm: side(measured.length_cm),
    width_cm: side(measured.width_cm),
    height_cm: side(measured.height_cm),
  }
}

/** The courier whose parcels have no API: their events are recorded by hand. */
const MANUAL_EVENT_COURIERS = new Set(["vnpost-table"])

export type OrderCourier = {
  provider_id: string
  courier: string
  service: "standard" | "express"
  name: string
}

export type OrderParcel = {
  weight_g: number
  length_cm: number | null
  width_cm: number | null
  height_cm: number | null
}

export type OrderShipment = {
  id: string
  provider_id: string
  courier: string
  tracking_number: string
  status: ShipmentStatus
  expected_delivery_at: string | null
  pickup_id: string | null
  weight_g: number
  cod_amount: number
  label_url: string
  packing_slip_url: string
  manual_events: boolean
}

export type OrderShipping = {
  shipping: OrderCourier | null
  parcel: OrderParcel
  shipment: OrderShipment | null
}

export type ShipmentSummary = {
  tracking_number: string
  status: ShipmentStatus
  pickup_id: string | null
}

type OrderRow = {
  id: string
  items:
    | {
        quantity: Amount
        detail: { fulfilled_quantity: Amount } | null
        variant: ItemSize | null
      }[]
    | null
  shipping_methods: { shipping_option_id: string | null }[] | null
}

const shipmentsService = (container: MedusaContainer) =>
  container.resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)

const iso = (value: Date | string | null | undefined): string | null =>
  value ? new Date(value).toISOString() : null

/**
 * The order's latest parcel (of the cooperative, when given), as the portal and the admin show
 * it, or null before the order is handed to a courier.
 */
export const loadLatestParcel = async (
  container: MedusaContainer,
  orderId: string,
  cooperativeId?: string
): Promise<OrderShipment | null> => {
  const [latest] = await shipmentsService(container).listShipments(
    {
      order_id: orderId,
      ...(cooperativeId ? { cooperative_id: cooperativeId } : {}),
    },
    { order: { created_at: "DESC" }, take: 1 }
  )
  if (!latest) {
    return null
  }
  const courier = courierOf(latest.provider_id)
  return {
    id: latest.id,
    provider_id: latest.provider_id,
    courier,
    tracking_number: latest.tracking_number,
    status: latest.status,
    expected_delivery_at: iso(latest.expected_delivery_at),
    pickup_id: latest.pickup_id ?? null,
    weight_g: latest.weight_g,
    cod_amount: latest.cod_amount,
    label_url: `/seller/orders/${orderId}/label.pdf`,
    packing_slip_url: `/seller/orders/${orderId}/packing-slip.pdf`,
    manual_events: MANUAL_EVENT_COURIERS.has(courier),
  }
}

/**
 * What the portal's order page needs to hand one of the cooperative's orders to its courier: the
 * courier and service the buyer chose, the box worked out from the products still to ship (the
 * defaults of "ready to ship", to prefill its form) and the latest parcel. The caller has
 * checked the order is the cooperative's.
 */
export const loadOrderShipping = async (
  container: MedusaContainer,
  cooperativeId: string,
  orderId: string
): Promise<OrderShipping> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "items.id",
      // Medusa fills an order item's quantity from its detail row only when that is read too.
      "items.quantity",
      "items.detail.quantity",
      "items.detail.fulfilled_quantity",
      "items.variant.weight",
      "items.variant.length",
      "items.variant.width",
      "items.variant.height",
      "shipping_methods.shipping_option_id",
    ],
    filters: { id: orderId },
  })) as { data: OrderRow[] }
  const items = order?.items ?? []
  const left = items
    .map((item) => ({
      item,
      quantity: num(item.quantity) - num(item.detail?.fulfilled_quantity),
    }))
    .filter((line) => line.quantity > 0)
  const boxed =
    left.length > 0
      ? left
      : items.map((item) => ({ item, quantity: num(item.quantity) }))
  const box = productBox(boxed)
  const parcel: OrderParcel = {
    weight_g: box.weight_g,
    length_cm: box.length_cm ?? null,
    width_cm: box.width_cm ?? null,
    height_cm: box.height_cm ?? null,
  }

  const optionId = order?.shipping_methods?.[0]?.shipping_option_id
  const { data: options } = optionId
    ? ((await query.graph({
        entity: "shipping_option",
        fields: ["id", "name", "provider_id", "data"],
        filters: { id: optionId },
      })) as {
        data: {
          id: string
          name: string
          provider_id: string
          data: Record<string, unknown> | null
        }[]
      })
    : { data: [] }
  const option = options[0]
  const shipping: OrderCourier | null = option
    ? {
        provider_id: option.provider_id,
        courier: courierOf(option.provider_id),
        service: option.data?.service === "express" ? "express" : "standard",
        name: option.name,
      }
    : null

  const shipment = await loadLatestParcel(container, orderId, cooperativeId)
  return { shipping, parcel, shipment }
}

/** The latest parcel of each of the given orders of the cooperative, by order id. */
export const loadShipmentSummaries = async (
  container: MedusaContainer,
  cooperativeId: string,
  orderIds: string[]
): Promise<Map<string, ShipmentSummary>> => {
  const byOrder = new Map<string, ShipmentSummary>()
  if (orderIds.length === 0) {
    return byOrder
  }
  const rows = await shipmentsService(container).listShipments(
    { order_id: orderIds, cooperative_id: cooperativeId },
    { order: { created_at: "ASC" } }
  )
  for (const row of rows) {
    byOrder.set(row.order_id, {
      tracking_number: row.tracking_number,
      status: row.status,
      pickup_id: row.pickup_id ?? null,
    })
  }
  return byOrder
}
