/**
 * Sales uplift per commune (plugins/impact/IMPACT_API.md), as the officer dashboard and the public
 * transparency page show it. Money is whole đồng; months are "YYYY-MM"; days "YYYY-MM-DD".
 */

/** Inclusive days in Vietnam's time. */
export type DayRange = { from: string; to: string }

/** The figures every row of the officer's tables carries (see the Definitions in IMPACT_API.md). */
export type ImpactFigures = {
  salesValue: number
  onlineSalesValue: number
  recordedSalesValue: number
  baselineSalesValue: number
  upliftValue: number
  /** Null when the baseline is 0. */
  upliftPct: number | null
  orders: number
  buyers: number
  cooperatives: number
  products: number
  households: number
  householdsPoor: number
  householdsNearPoor: number
  householdsEthnicMinority: number
}

export type ProvinceImpact = ImpactFigures & {
  provinceCode: string
  provinceName: string
}

export type CommuneImpact = ProvinceImpact & {
  communeCode: string
  communeName: string
}

export type ImpactOverview = {
  period: DayRange
  baseline: DayRange
  communes: CommuneImpact[]
  provinces: ProvinceImpact[]
  total: ImpactFigures
}

export type MonthFigures = {
  month: string
  onlineSalesValue: number
  recordedSalesValue: number
  salesValue: number
  orders: number
}

export type CooperativeImpact = {
  id: string
  name: string
  handle: string
  salesValue: number
  onlineSalesValue: number
  recordedSalesValue: number
  baselineSalesValue: number
  orders: number
  buyers: number
  households: number
  programmes: string[]
}

export type ProductSales = {
  productId: string
  title: string
  quantity: number
  itemValue: number
}

export type CommuneReport = {
  period: DayRange
  baseline: DayRange
  commune: CommuneImpact
  months: MonthFigures[]
  cooperatives: CooperativeImpact[]
  products: ProductSales[]
}

export type ImpactSeries = {
  period: DayRange
  baseline: DayRange
  months: MonthFigures[]
}

/** A programme tag, named in the page's language. */
export type Programme = { code: string; name: string }

export type Officer = {
  id: string
  email: string
  name: string
  /** True when the officer may read every province. */
  allProvinces: boolean
  provinces: { code: string; name: string }[]
}

export type RecordedSale = {
  id: string
  month: string
  communeCode: string
  communeName: string
  provinceCode: string
  cooperativeId?: string
  salesValue: number
  source?: string
  /** The pre-2025 commune it was entered against, and this part's share of it (0–1). */
  legacyCommuneCode?: string
  share?: number
  note?: string
  createdAt?: string
}

export type RecordedSaleList = { recordedSales: RecordedSale[]; count: number }

/** A pre-2025 commune and the 2025 communes it became, with the default shares. */
export type LegacyCommune = {
  code: string
  name?: string
  /** The province it was in before July 2025. */
  oldProvinceName?: string
  communes: {
    communeCode: string
    communeName: string
    provinceName?: string
    /** Percent, equal by default (33.33 for a three-way split). */
    share: number
  }[]
}

/** A refused CSV import's problem: the row (1 = the first data row) and column. */
export type ImportProblem = { row: number; column?: string; message: string }

/** A public cell: figures, or nothing when too few cooperatives or buyers stand behind it. */
export type TransparencyFigures =
  | {
      hidden: false
      salesValue: number
      orders: number
      cooperatives: number
      households: number
      upliftPct: number | null
    }
  | { hidden: true }

export type TransparencyProvince = {
  provinceCode: string
  provinceName: string
  figures: TransparencyFigures
}

export type TransparencyCommune = {
  communeCode: string
  communeName: string
  provinceCode: string
  figures: TransparencyFigures
}

export type Transparency = {
  period: DayRange
  baseline: DayRange
  provinces: TransparencyProvince[]
  communes: TransparencyCommune[]
  total: TransparencyFigures
}
