/** The figures IMPACT_API.md gives for a commune, a province and the total. Money is whole đồng. */
export interface ImpactFigures {
  sales_value: number
  online_sales_value: number
  recorded_sales_value: number
  orders: number
  buyers: number
  cooperatives: number
  products: number
  households: number
  households_poor: number
  households_near_poor: number
  households_ethnic_minority: number
  baseline_sales_value: number
  uplift_value: number
  /** One decimal; null when the baseline is 0. */
  uplift_pct: number | null
}

/** One row of `GET /officer/impact/communes` (and of its exports). */
export interface CommuneImpactRow extends ImpactFigures {
  commune_code: string
  commune_name: string
  province_code: string
  province_name: string
}

/** One entry of the commune list's `provinces`. */
export interface ProvinceImpactRow extends ImpactFigures {
  province_code: string
  province_name: string
}
