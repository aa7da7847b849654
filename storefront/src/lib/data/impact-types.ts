/**
 * What the impact plugin's routes answer (plugins/impact/IMPACT_API.md): `/officer/*` for programme
 * officers, `/store/impact/transparency` for everyone. Only the adapters read these shapes; pages
 * and components get the types in `src/types/impact.ts`. Fields are optional where a missing one
 * should read as zero rather than break a page.
 */

export type ApiDayRange = { from?: string; to?: string }

export type ApiImpactFigures = {
  sales_value?: number | null
  online_sales_value?: number | null
  recorded_sales_value?: number | null
  baseline_sales_value?: number | null
  uplift_value?: number | null
  uplift_pct?: number | null
  orders?: number | null
  buyers?: number | null
  cooperatives?: number | null
  products?: number | null
  households?: number | null
  households_poor?: number | null
  households_near_poor?: number | null
  households_ethnic_minority?: number | null
}

export type ApiProvinceImpact = ApiImpactFigures & {
  province_code: string
  province_name?: string | null
}

export type ApiCommuneImpact = ApiProvinceImpact & {
  commune_code: string
  commune_name?: string | null
}

export type ApiImpactCommunesResponse = {
  period?: ApiDayRange
  baseline?: ApiDayRange
  communes?: ApiCommuneImpact[]
  provinces?: ApiProvinceImpact[]
  total?: ApiImpactFigures
}

export type ApiMonth = {
  month: string
  online_sales_value?: number | null
  recorded_sales_value?: number | null
  sales_value?: number | null
  orders?: number | null
}

export type ApiCooperativeImpact = {
  id: string
  name?: string | null
  handle?: string | null
  sales_value?: number | null
  online_sales_value?: number | null
  recorded_sales_value?: number | null
  baseline_sales_value?: number | null
  orders?: number | null
  buyers?: number | null
  households?: number | null
  programmes?: string[] | null
}

export type ApiProductSales = {
  product_id: string
  title?: string | null
  quantity?: number | null
  item_value?: number | null
}

export type ApiCommuneReportResponse = {
  period?: ApiDayRange
  baseline?: ApiDayRange
  commune: ApiCommuneImpact
  months?: ApiMonth[]
  cooperatives?: ApiCooperativeImpact[]
  products?: ApiProductSales[]
}

export type ApiSeriesResponse = {
  period?: ApiDayRange
  baseline?: ApiDayRange
  months?: ApiMonth[]
}

export type ApiProgrammesResponse = {
  programmes?: {
    code: string
    name_vi?: string | null
    name_en?: string | null
  }[]
}

export type ApiOfficerResponse = {
  officer: {
    id: string
    email: string
    name?: string | null
    all_provinces?: boolean
    provinces?: { code: string; name: string }[]
  }
}

export type ApiRecordedSale = {
  id: string
  month: string
  commune_code: string
  commune_name?: string | null
  province_code?: string | null
  cooperative_id?: string | null
  sales_value?: number | null
  source?: string | null
  legacy_commune_code?: string | null
  share?: number | string | null
  note?: string | null
  created_at?: string | null
}

export type ApiRecordedSalesResponse = {
  recorded_sales?: ApiRecordedSale[]
  count?: number
}

/** A 2025 commune an old commune became, with its default share (the shares sum to 1). */
export type ApiLegacyTarget = {
  code: string
  full_name?: string | null
  province_code?: string | null
  province_name?: string | null
  default_share?: number | string | null
}

/** `GET /officer/impact/legacy-communes/:code`. */
export type ApiLegacyCommuneResponse = {
  legacy_commune: {
    code: string
    full_name?: string | null
    old_province_name?: string | null
    split?: boolean
    communes?: ApiLegacyTarget[]
  }
}

export type ApiImportProblem = {
  row?: number
  column?: string | null
  message?: string
}

export type ApiTransparencyFigures = {
  hidden?: boolean
  sales_value?: number | null
  orders?: number | null
  cooperatives?: number | null
  households?: number | null
  uplift_pct?: number | null
}

export type ApiTransparencyResponse = {
  period?: ApiDayRange
  baseline?: ApiDayRange
  provinces?: (ApiTransparencyFigures & {
    province_code: string
    province_name?: string | null
  })[]
  communes?: (ApiTransparencyFigures & {
    commune_code: string
    commune_name?: string | null
    province_code?: string | null
  })[]
  total?: ApiTransparencyFigures
}
