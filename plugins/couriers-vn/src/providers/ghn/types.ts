/** GHN's own service types: 2 is e-commerce parcels ("Hàng nhẹ", light goods). */
export const GHN_SERVICE_TYPE_STANDARD = 2

export type GhnEnvelope<T> = {
  code: number
  message: string
  data: T | null
}

export type GhnProvince = {
  ProvinceID: number
  ProvinceName: string
  NameExtension?: string[] | null
}

export type GhnDistrict = {
  DistrictID: number
  ProvinceID: number
  DistrictName: string
  NameExtension?: string[] | null
}

export type GhnWard = {
  WardCode: string
  DistrictID: number
  WardName: string
  NameExtension?: string[] | null
}

/** The body of POST /shiip/public-api/v2/shipping-order/fee as GHN publishes it. */
export type GhnFeeRequest = {
  service_type_id: number
  from_district_id: number
  from_ward_code: string
  to_district_id: number
  to_ward_code: string
  /** grams */
  weight: number
  /** centimetres */
  length: number
  width: number
  height: number
  insurance_value: number
  cod_value: number
}

/** The itemised fee GHN returns (đồng); `total` is what the shop pays. */
export type GhnFee = {
  total: number
  service_fee: number
  insurance_fee: number
  pick_station_fee?: number
  coupon_value?: number
  r2s_fee?: number
  cod_fee?: number
  pick_remote_areas_fee?: number
  deliver_remote_areas_fee?: number
  cod_failed_fee?: number
}

/** GHN's `required_note`: may the recipient look at, or try, the goods before accepting them. */
export const GHN_REQUIRED_NOTES = [
  "CHOTHUHANG",
  "CHOXEMHANGKHONGTHU",
  "KHONGCHOXEMHANG",
] as const

export type GhnRequiredNote = (typeof GHN_REQUIRED_NOTES)[number]

/** One item of a GHN order, as GHN publishes the create-order body. */
export type GhnOrderItem = {
  name: string
  code: string
  quantity: number
  /** đồng */
  price: number
  /** grams */
  weight: number
}

/** The body of POST /shiip/public-api/v2/shipping-order/create as GHN publishes it. */
export type GhnCreateOrderRequest = {
  /** 1: the shop pays GHN's fee; 2: the recipient does. */
  payment_type_id: 1 | 2
  note: string
  required_note: GhnRequiredNote
  /** Our reference; GHN refuses a second order with the same one. */
  client_order_code: string
  from_name: string
  from_phone: string
  from_address: string
  from_ward_name: string
  from_province_name: string
  from_district_id: number
  from_ward_code: string
  to_name: string
  to_phone: string
  to_address: string
  to_ward_code: string
  to_district_id: number
  cod_amount: number
  content: string
  weight: number
  length: number
  width: number
  height: number
  insurance_value: number
  service_type_id: number
  items: GhnOrderItem[]
}

/** What GHN answers to a created order: its code (the tracking code) and expected delivery. */
export type GhnCreatedOrder = {
  order_code: string
  sort_code?: string
  trans_type?: string
  total_fee: number | string
  /** ISO date-time, e.g. "2025-11-20T16:59:59Z". */
  expected_delivery_time: string
}

/** One line of GHN's answer to POST /shiip/public-api/v2/switch-status/cancel. */
export type GhnCancelResult = {
  order_code: string
  result: boolean
  message: string
}
