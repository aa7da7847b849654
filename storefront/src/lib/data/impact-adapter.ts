import type { Locale } from "@/i18n/routing"
import type {
  CommuneImpact,
  CommuneReport,
  CooperativeImpact,
  DayRange,
  ImpactFigures,
  ImpactOverview,
  ImpactSeries,
  ImportProblem,
  LegacyCommune,
  MonthFigures,
  Officer,
  ProductSales,
  Programme,
  ProvinceImpact,
  RecordedSale,
  RecordedSaleList,
  Transparency,
  TransparencyFigures,
} from "@/types/impact"

import { pick, text } from "./adapter-utils"
import type {
  ApiCommuneImpact,
  ApiCommuneReportResponse,
  ApiDayRange,
  ApiImpactCommunesResponse,
  ApiImpactFigures,
  ApiImportProblem,
  ApiLegacyCommuneResponse,
  ApiMonth,
  ApiOfficerResponse,
  ApiProgrammesResponse,
  ApiProvinceImpact,
  ApiRecordedSalesResponse,
  ApiSeriesResponse,
  ApiTransparencyFigures,
  ApiTransparencyResponse,
} from "./impact-types"

/** A finite number, or 0: a missing figure reads as nothing counted, never as NaN on a page. */
const count = (value: unknown): number =>
  typeof value === "number" && Number.isFinite(value) ? value : 0

/** Money is whole đồng. */
const dong = (value: unknown): number => Math.round(count(value))

const percent = (value: unknown): number | null =>
  typeof value === "number" && Number.isFinite(value) ? value : null

const DAY = /^\d{4}-\d{2}-\d{2}$/

const toDayRange = (range: ApiDayRange | undefined): DayRange => ({
  from: range?.from && DAY.test(range.from) ? range.from : "",
  to: range?.to && DAY.test(range.to) ? range.to : "",
})

export const toImpactFigures = (row: ApiImpactFigures): ImpactFigures => ({
  salesValue: dong(row.sales_value),
  onlineSalesValue: dong(row.online_sales_value),
  recordedSalesValue: dong(row.recorded_sales_value),
  baselineSalesValue: dong(row.baseline_sales_value),
  upliftValue: dong(row.uplift_value),
  upliftPct: percent(row.uplift_pct),
  orders: count(row.orders),
  buyers: count(row.buyers),
  cooperatives: count(row.cooperatives),
  products: count(row.products),
  households: count(row.households),
  householdsPoor: count(row.households_poor),
  householdsNearPoor: count(row.households_near_poor),
  householdsEthnicMinority: count(row.households_ethnic_minority),
})

const toProvinceImpact = (row: ApiProvinceImpact): ProvinceImpact => ({
  ...toImpactFigures(row),
  provinceCode: row.province_code,
  provinceName: text(row.province_name) ?? row.province_code,
})

const toCommuneImpact = (row: ApiCommuneImpact): CommuneImpact => ({
  ...toProvinceImpact(row),
  communeCode: row.commune_code,
  communeName: text(row.commune_name) ?? row.commune_code,
})

export const toImpactOverview = (
  response: ApiImpactCommunesResponse
): ImpactOverview => ({
  period: toDayRange(response.period),
  baseline: toDayRange(response.baseline),
  communes: (response.communes ?? []).map(toCommuneImpact),
  provinces: (response.provinces ?? []).map(toProvinceImpact),
  total: toImpactFigures(response.total ?? {}),
})

const toMonth = (month: ApiMonth): MonthFigures => {
  const online = dong(month.online_sales_value)
  const recorded = dong(month.recorded_sales_value)
  return {
    month: month.month,
    onlineSalesValue: online,
    recordedSalesValue: recorded,
    salesValue:
      typeof month.sales_value === "number"
        ? dong(month.sales_value)
        : online + recorded,
    orders: count(month.orders),
  }
}

const MONTH = /^\d{4}-\d{2}$/

/** Months in calendar order; anything that is not "YYYY-MM" is dropped. */
const toMonths = (months: ApiMonth[] | undefined): MonthFigures[] =>
  (months ?? [])
    .filter((month) => MONTH.test(month.month))
    .map(toMonth)
    .sort((a, b) => a.month.localeCompare(b.month))

export const toImpactSeries = (response: ApiSeriesResponse): ImpactSeries => ({
  period: toDayRange(response.period),
  baseline: toDayRange(response.baseline),
  months: toMonths(response.months),
})

export const toCommuneReport = (
  response: ApiCommuneReportResponse
): CommuneReport => ({
  period: toDayRange(response.period),
  baseline: toDayRange(response.baseline),
  commune: toCommuneImpact(response.commune),
  months: toMonths(response.months),
  cooperatives: (response.cooperatives ?? []).map(
    (cooperative): CooperativeImpact => ({
      id: cooperative.id,
      name: text(cooperative.name) ?? cooperative.id,
      handle: text(cooperative.handle) ?? "",
      salesValue: dong(cooperative.sales_value),
      onlineSalesValue: dong(cooperative.online_sales_value),
      recordedSalesValue: dong(cooperative.recorded_sales_value),
      baselineSalesValue: dong(cooperative.baseline_sales_value),
      orders: count(cooperative.orders),
      buyers: count(cooperative.buyers),
      households: count(cooperative.households),
      programmes: (cooperative.programmes ?? []).filter(
        (code): code is string => typeof code === "string"
      ),
    })
  ),
  products: (response.products ?? []).map((product): ProductSales => ({
    productId: product.product_id,
    title: text(product.title) ?? product.product_id,
    quantity: count(product.quantity),
    itemValue: dong(product.item_value),
  })),
})

export const toProgrammes = (
  response: ApiProgrammesResponse,
  locale: Locale
): Programme[] =>
  (response.programmes ?? []).map((programme) => ({
    code: programme.code,
    name: pick(locale, programme.name_vi, programme.name_en) ?? programme.code,
  }))

export const toOfficer = ({ officer }: ApiOfficerResponse): Officer => ({
  id: officer.id,
  email: officer.email,
  name: text(officer.name) ?? officer.email,
  allProvinces: officer.all_provinces === true,
  provinces: (officer.provinces ?? []).map(({ code, name }) => ({
    code,
    name,
  })),
})

const shareOf = (value: unknown): number | undefined => {
  const number =
    typeof value === "string" && value.trim() !== ""
      ? Number(value)
      : typeof value === "number"
        ? value
        : Number.NaN
  return Number.isFinite(number) ? number : undefined
}

export const toRecordedSales = (
  response: ApiRecordedSalesResponse
): RecordedSaleList => {
  const recordedSales = (response.recorded_sales ?? []).map(
    (row): RecordedSale => ({
      id: row.id,
      month: row.month.slice(0, 7),
      communeCode: row.commune_code,
      communeName: text(row.commune_name) ?? row.commune_code,
      provinceCode: text(row.province_code) ?? "",
      cooperativeId: text(row.cooperative_id),
      salesValue: dong(row.sales_value),
      source: text(row.source),
      legacyCommuneCode: text(row.legacy_commune_code),
      share: shareOf(row.share),
      note: text(row.note),
      createdAt: text(row.created_at),
    })
  )
  return {
    recordedSales,
    count: Math.max(count(response.count), recordedSales.length),
  }
}

/** An old commune's 2025 communes, each default share as a percentage (two decimals). */
export const toLegacyCommune = ({
  legacy_commune: legacy,
}: ApiLegacyCommuneResponse): LegacyCommune => ({
  code: legacy.code,
  name: text(legacy.full_name),
  oldProvinceName: text(legacy.old_province_name),
  communes: (legacy.communes ?? []).map((target) => ({
    communeCode: target.code,
    communeName: text(target.full_name) ?? target.code,
    provinceName: text(target.province_name),
    share: Math.round((shareOf(target.default_share) ?? 0) * 10_000) / 100,
  })),
})

/** The rows an import refused, in row order; ones without a sentence are dropped. */
export const toImportProblems = (
  errors: ApiImportProblem[] | undefined
): ImportProblem[] =>
  (errors ?? [])
    .flatMap((problem): ImportProblem[] => {
      const message = text(problem.message)
      return message
        ? [
            {
              row: count(problem.row),
              column: text(problem.column ?? undefined),
              message,
            },
          ]
        : []
    })
    .sort((a, b) => a.row - b.row)

const toTransparencyFigures = (
  cell: ApiTransparencyFigures | undefined
): TransparencyFigures =>
  // A cell the backend hid, or one without its figure, shows nothing rather than a made-up 0.
  !cell || cell.hidden === true || typeof cell.sales_value !== "number"
    ? { hidden: true }
    : {
        hidden: false,
        salesValue: dong(cell.sales_value),
        orders: count(cell.orders),
        cooperatives: count(cell.cooperatives),
        households: count(cell.households),
        upliftPct: percent(cell.uplift_pct),
      }

export const toTransparency = (
  response: ApiTransparencyResponse
): Transparency => ({
  period: toDayRange(response.period),
  baseline: toDayRange(response.baseline),
  provinces: (response.provinces ?? []).map((row) => ({
    provinceCode: row.province_code,
    provinceName: text(row.province_name) ?? row.province_code,
    figures: toTransparencyFigures(row),
  })),
  communes: (response.communes ?? []).map((row) => ({
    communeCode: row.commune_code,
    communeName: text(row.commune_name) ?? row.commune_code,
    provinceCode: text(row.province_code) ?? "",
    figures: toTransparencyFigures(row),
  })),
  total: toTransparencyFigures(response.total),
})
