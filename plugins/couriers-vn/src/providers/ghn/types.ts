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
