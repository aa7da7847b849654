/**
 * What the seller routes answer (plugins/cooperative-seller/SELLER_API.md). Only the seller portal
 * under /seller reads these; they carry a cooperative's own data and never reach public pages.
 */

export type CooperativeStatus = "pending" | "active" | "rejected" | "suspended"

export type SellerMember = {
  id: string
  email: string
  name: string
  role: "owner" | "staff"
  created_at?: string
}

export type SellerCooperative = {
  id: string
  handle: string
  name: string
  status: CooperativeStatus
  status_reason: string | null
  registration_number: string
  commune_code: string
  commune_name?: string
  province_code: string
  province_name?: string
  address_line: string | null
  phone: string | null
  email: string | null
  ethnic_groups: (string | { code: string })[]
  households: {
    total: number
    poor: number
    near_poor: number
    ethnic_minority: number
  }
  story_vi: string
  story_en: string
  founded_year: number | null
}

export type SellerMe = { member: SellerMember; cooperative: SellerCooperative }

export type SellerVariant = {
  id: string
  title: string
  sku: string | null
  manage_inventory: boolean
  prices: { amount: number; currency_code: string }[]
  inventory_quantity: number | null
}

export type SellerProductStatus =
  "draft" | "proposed" | "published" | "rejected"

export type SellerProduct = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  status: SellerProductStatus
  thumbnail: string | null
  weight: number | null
  length: number | null
  width: number | null
  height: number | null
  category_handle: string | null
  /** With the renditions the store shows, for photos uploaded through the portal. */
  images: {
    id: string
    url: string
    width?: number
    height?: number
    webp?: { width: number; url: string }[]
    avif?: { width: number; url: string }[]
  }[]
  variants: SellerVariant[]
  origin: {
    commune_code: string
    ethnic_group: string
    harvest_months: number[]
    story_vi: string
    story_en: string
    traceability_code: string
  } | null
  created_at: string
  updated_at: string
}

export type SellerProductList = {
  products: SellerProduct[]
  count: number
  offset: number
  limit: number
}

export type UploadedPhoto = { url: string }

export type SellerOrderItem = {
  id: string
  title: string
  product_id: string | null
  variant_title: string | null
  quantity: number
  unit_price: number
  total: number
  thumbnail: string | null
}

export type SellerOrder = {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status: string
  fulfillment_status: string
  currency_code: string
  item_total: number
  shipping_total: number
  total: number
  /** How the buyer pays: cash to the courier, a card, or unknown (orders made outside checkout). */
  payment_method: "cod" | "card" | null
  /** The cash the courier collects on delivery (0 when paid by card). */
  cod_amount: number
  items: SellerOrderItem[]
  shipping_address: {
    first_name: string | null
    last_name: string | null
    phone: string | null
    address_1: string | null
    city: string | null
    province: string | null
    commune_code: string | null
  } | null
}

export type SellerOrderList = {
  orders: SellerOrderSummary[]
  count: number
  offset: number
  limit: number
}

export type SalesSummary = {
  revenue_by_month: { month: string; revenue: number; orders: number }[]
  top_products: {
    product_id: string
    title: string
    quantity: number
    revenue: number
  }[]
  to_pack: number
  currency_code: string
}

export type SellerInvite = {
  id: string
  email: string
  name: string
  expires_at: string
  created_at: string
}

export type SellerTeam = { members: SellerMember[]; invites: SellerInvite[] }

export type ProductImport = {
  id: string
  status: "queued" | "processing" | "done" | "failed"
  total_rows: number
  valid_rows: number
  processed: number
  created: number
  failed: number
  errors: { row: number; column?: string | null; message: string }[]
  created_at: string
}

export type SellerDocument = {
  id: string
  filename: string
  mime_type: string
  size: number
  created_at: string
}

export type EthnicGroupOption = { code: string; name: string }

// Shipping (plugins/cooperative-seller/SHIPPING_API.md)

/** Where a parcel is, from "ready" (labelled, waiting for the courier) to its end. */
export type ShipmentStatus =
  | "ready"
  | "picked_up"
  | "in_transit"
  | "out_for_delivery"
  | "delivered"
  | "delivery_failed"
  | "returned"
  | "canceled"

/** What a courier (or a member, for the table courier) can say about a parcel. */
export type CourierEventStatus = Exclude<ShipmentStatus, "ready" | "canceled">

/** The order's courier, as the buyer chose it at checkout. */
export type OrderCourier = {
  provider_id: string
  courier: string
  service: "standard" | "express"
  /** As the label prints it: "VNPost tiêu chuẩn". */
  name: string
}

/** The box worked out from the products, to prefill "ready to ship". */
export type SellerParcel = {
  weight_g: number
  length_cm: number | null
  width_cm: number | null
  height_cm: number | null
}

/** An order's latest parcel. */
export type SellerShipment = {
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
  /** The table courier has no API: its events are recorded by hand. */
  manual_events: boolean
}

/** What the order list says of a parcel. */
export type SellerShipmentSummary = Pick<
  SellerShipment,
  "tracking_number" | "status" | "pickup_id"
>

export type SellerOrderSummary = SellerOrder & {
  seller_status?: "to_pack" | "shipped" | "delivered" | "canceled"
  shipment?: SellerShipmentSummary | null
}

export type SellerOrderDetail = SellerOrderSummary & {
  shipping: OrderCourier | null
  /** Null when the backend does not say (a server older than the shipping fields). */
  parcel: SellerParcel | null
  shipment: SellerShipment | null
}

export type ShipmentEvent = {
  status: CourierEventStatus
  occurred_at: string
  note: string | null
  source: "webhook" | "manual"
  tracking_number: string
}

export type SellerPickup = {
  id: string
  requested_at: string
  /** The day the courier comes, YYYY-MM-DD in Vietnam. */
  pickup_date: string
  parcels: number
  provider_ids: string[]
  note: string | null
  shipments: {
    order_id: string
    display_id: number
    tracking_number: string
    provider_id: string
    status: ShipmentStatus
  }[]
}

export type SellerPickupList = {
  pickups: SellerPickup[]
  count: number
  /** Ready parcels not yet in a pickup. */
  waiting: number
}

export type CodTotal = { amount: number; parcels: number }

export type CodSummary = {
  collected: CodTotal
  remitted: CodTotal
  outstanding: CodTotal
  shipments: {
    order_id: string
    display_id: number
    tracking_number: string
    provider_id: string
    cod_amount: number
    collected_at: string | null
    remitted_at: string | null
    remitted_amount: number | null
  }[]
  count: number
}
