import type { ParcelLabel } from "@cho-phien/couriers-vn/lib/documents/label-pdf"
import type { ShipmentRequest } from "@cho-phien/couriers-vn/lib/shipment-request"
import {
  DEFAULT_UNIT_WEIGHT_G,
  resolveProvinceCode,
} from "@cho-phien/couriers-vn/lib/tariff"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import { listCooperativeOrderIds } from "../cooperative-orders"
import { productBox } from "./order-shipping"
import { loadCooperativeStockLocationIds } from "../listing-defaults"
import { VN_ADMIN_MODULE } from "../../modules/vn-admin"
import type VnAdminModuleService from "../../modules/vn-admin/service"

/** The box a cooperative may weigh and measure itself; anything left out comes from the products. */
export type ParcelOverrides = {
  weight_g?: number
  length_cm?: number
  width_cm?: number
  height_cm?: number
}

export type ShipmentPlan = {
  order_id: string
  cooperative_id: string
  location_id: string
  provider_id: string
  /** The courier and service as the label prints them ("VNPost tiêu chuẩn"). */
  courier_name: string
  items: { id: string; quantity: number }[]
  request: ShipmentRequest
}

/** Why an order cannot be shipped now; the route answers 409 with the sentence. */
export const SHIP_CONFLICT_CODE = "ship_conflict"

const conflict = (message: string): MedusaError =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, message, SHIP_CONFLICT_CODE)

type Amount = number | string | null | undefined

type OrderRow = {
  id: string
  display_id: number
  status: string
  total: Amount
  metadata: Record<string, unknown> | null
  shipping_address: {
    first_name: string | null
    last_name: string | null
    phone: string | null
    address_1: string | null
    city: string | null
    province: string | null
  } | null
  items: {
    id: string
    title: string
    product_title: string | null
    variant_title: string | null
    variant_sku: string | null
    quantity: Amount
    unit_price: Amount
    detail: { fulfilled_quantity: Amount } | null
    variant: {
      weight: number | null
      length: number | null
      width: number | null
      height: number | null
    } | null
  }[]
  shipping_methods: { shipping_option_id: string | null }[]
  payment_collections: { payments: { provider_id: string }[] | null }[] | null
}

const num = (value: Amount): number => Number(value ?? 0)

/** The order's number as buyers and sellers see it. */
export const orderNumber = (displayId: number): string => `#${displayId}`

/** A province given by its 2025 code or name, as its code and full name, or null. */
const provinceOf = (
  places: VnAdminModuleService,
  given: string
): { code: string; name: string } | null => {
  try {
    const code = resolveProvinceCode(given)
    return { code, name: places.retrieveProvince(code).full_name }
  } catch {
    return null
  }
}

/**
 * Everything the "ready to ship" workflow needs for one of the cooperative's orders: the items
 * still to fulfil, the cooperative's stock location, the order's courier, and the parcel as the
 * courier gets it (weight and box from the products unless the cooperative measured it, both
 * addresses with commune and province, the cash to collect). Refuses, with a sentence, an order
 * of another cooperative (404), a cancelled one or one with nothing left to ship (409).
 */
export const planShipment = async (
  container: MedusaContainer,
  input: {
    order_id: string
    cooperative_id: string
    parcel: ParcelOverrides
    label_url: string
  }
): Promise<ShipmentPlan> => {
  const [owned] = await listCooperativeOrderIds(
    container,
    input.cooperative_id,
    [input.order_id]
  )
  if (!owned) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no order with id ${input.order_id}.`
    )
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = (await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "status",
      "total",
      "metadata",
      "shipping_address.first_name",
      "shipping_address.last_name",
      "shipping_address.phone",
      "shipping_address.address_1",
      "shipping_address.city",
      "shipping_address.province",
      "items.id",
      "items.title",
      "items.product_title",
      "items.variant_title",
      "items.variant_sku",
      "items.quantity",
      "items.unit_price",
      "items.detail.fulfilled_quantity",
      "items.variant.weight",
      "items.variant.length",
      "items.variant.width",
      "items.variant.height",
      "shipping_methods.shipping_option_id",
      "payment_collections.payments.provider_id",
    ],
    filters: { id: input.order_id },
  })) as { data: OrderRow[] }
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no order with id ${input.order_id}.`
    )
  }
  if (order.status === "canceled") {
    throw conflict("This order was cancelled, so there is nothing to ship.")
  }
  const toShip = order.items
    .map((item) => ({
      item,
      quantity: num(item.quantity) - num(item.detail?.fulfilled_quantity),
    }))
    .filter((line) => line.quantity > 0)
  if (toShip.length === 0) {
    throw conflict(
      "This order is already handed to the courier: every item has a parcel. Print its label again from the order."
    )
  }
  const optionId = order.shipping_methods[0]?.shipping_option_id
  const {
    data: [option],
  } = (await query.graph({
    entity: "shipping_option",
    fields: ["id", "name", "provider_id", "data"],
    filters: { id: optionId ?? "none" },
  })) as {
    data: {
      id: string
      name: string
      provider_id: string
      data: Record<string, unknown> | null
    }[]
  }
  if (!option) {
    throw conflict(
      "This order has no delivery option, so no courier can take it; ask the operator."
    )
  }
  const locationId = (
    await loadCooperativeStockLocationIds(container, [input.cooperative_id])
  )[input.cooperative_id]
  const [{ data: locations }, { data: cooperatives }] = (await Promise.all([
    query.graph({
      entity: "stock_location",
      fields: [
        "id",
        "address.address_1",
        "address.city",
        "address.province",
        "address.phone",
      ],
      filters: { id: locationId ?? "none" },
    }),
    query.graph({
      entity: "cooperative",
      fields: ["id", "name", "phone"],
      filters: { id: input.cooperative_id },
    }),
  ])) as [
    {
      data: {
        id: string
        address: {
          address_1: string | null
          city: string | null
          province: string | null
          phone: string | null
        } | null
      }[]
    },
    { data: { id: string; name: string; phone: string | null }[] },
  ]
  const location = locations[0]
  const cooperative = cooperatives[0]
  const address = order.shipping_address
  if (!location?.address?.city || !location.address.province || !cooperative) {
    throw conflict(
      "The cooperative's stock location has no commune and province, so no label can be made; ask the operator to fix its address."
    )
  }
  if (!address?.city || !address.province || !address.phone) {
    throw conflict(
      "The order's delivery address has no commune, province or phone, so no courier can take it."
    )
  }
  const places = container.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  const fromProvince = provinceOf(places, location.address.province)
  const toProvince = provinceOf(places, address.province)
  if (!fromProvince || !toProvince) {
    throw conflict(
      "The cooperative's or the buyer's province is not one of the 34 provinces of 2025, so no label can be made; ask the operator."
    )
  }
  const measured = productBox(toShip)
  const parcel = {
    weight_g: input.parcel.weight_g ?? measured.weight_g,
    length_cm: input.parcel.length_cm ?? measured.length_cm,
    width_cm: input.parcel.width_cm ?? measured.width_cm,
    height_cm: input.parcel.height_cm ?? measured.height_cm,
  }
  const isCod = (order.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .some((payment) => payment.provider_id === "pp_cod_cod")
  const codAmount = isCod
    ? Math.round(num((order.metadata?.cod_amount as Amount) ?? order.total))
    : 0
  const service = option.data?.service === "express" ? "express" : "standard"
  const note = order.metadata?.note
  return {
    order_id: order.id,
    cooperative_id: input.cooperative_id,
    location_id: location.id,
    provider_id: option.provider_id,
    courier_name: option.name,
    items: toShip.map(({ item, quantity }) => ({ id: item.id, quantity })),
    request: {
      service,
      order_number: orderNumber(order.display_id),
      parcel: Object.fromEntries(
        Object.entries(parcel).filter(([, value]) => value !== undefined)
      ) as ShipmentRequest["parcel"],
      cod_amount: codAmount,
      declared_value: Math.round(
        toShip.reduce(
          (sum, { item, quantity }) => sum + num(item.unit_price) * quantity,
          0
        )
      ),
      sender: {
        name: cooperative.name,
        phone: cooperative.phone ?? location.address.phone ?? "",
        address: location.address.address_1 ?? location.address.city,
        commune: location.address.city,
        province: fromProvince.name,
        province_code: fromProvince.code,
      },
      recipient: {
        name: [address.first_name, address.last_name].filter(Boolean).join(" "),
        phone: address.phone,
        address: address.address_1 ?? address.city,
        commune: address.city,
        province: toProvince.name,
        province_code: toProvince.code,
      },
      items: toShip.map(({ item, quantity }) => ({
        name: [item.product_title ?? item.title, item.variant_title]
          .filter(Boolean)
          .join(" – "),
        code: item.variant_sku || item.id,
        quantity,
        price: Math.round(num(item.unit_price)),
        weight_g: Math.max(
          1,
          Math.ceil(item.variant?.weight ?? DEFAULT_UNIT_WEIGHT_G)
        ),
      })),
      note: typeof note === "string" ? note.slice(0, 500) : null,
      label_url: input.label_url,
    },
  }
}

/** What the label prints, from the plan and the tracking number the courier gave. */
export const labelOf = (
  plan: ShipmentPlan,
  trackingNumber: string
): ParcelLabel => ({
  courier: plan.courier_name,
  tracking_number: trackingNumber,
  order_number: plan.request.order_number,
  sender: {
    name: plan.request.sender.name,
    phone: plan.request.sender.phone,
    address: plan.request.sender.address,
    commune: plan.request.sender.commune,
    province: plan.request.sender.province,
  },
  recipient: {
    name: plan.request.recipient.name,
    phone: plan.request.recipient.phone,
    address: plan.request.recipient.address,
    commune: plan.request.recipient.commune,
    province: plan.request.recipient.province,
  },
  weight_g: plan.request.parcel.weight_g,
  cod_amount: plan.request.cod_amount,
})
