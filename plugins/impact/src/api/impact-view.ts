import type { VnAdminModuleService } from "@cho-phien/cooperative-seller/modules/vn-admin"

import type { CommuneImpactRow, ProvinceImpactRow } from "../lib/impact-types"
import type { Period } from "../lib/periods"
import type { Figures, KeyedFigures } from "../lib/sql/impact-queries"

export type CommuneRow = CommuneImpactRow
export type ProvinceRow = ProvinceImpactRow

const figuresOf = (row: KeyedFigures): Figures => {
  const { level: _level, province_code: _p, commune_code: _c, ...figures } = row
  return figures
}

export const presentPeriod = (p: Period) => ({ from: p.from, to: p.to })

/**
 * The commune table with names: communes by uplift (largest first), provinces by name, and the
 * total over everything in scope.
 */
export const presentFigures = (
  places: VnAdminModuleService,
  rows: KeyedFigures[]
): { communes: CommuneRow[]; provinces: ProvinceRow[]; total: Figures } => {
  const provinceName = new Map(
    places.listProvinces().map((p) => [p.code, p.name])
  )
  const communeName = (code: string): string => {
    try {
      return places.retrieveCommune(code).full_name
    } catch {
      return code
    }
  }
  const communes: CommuneRow[] = []
  const provinces: ProvinceRow[] = []
  let total: Figures | undefined
  for (const row of rows) {
    if (row.level === "commune" && row.commune_code && row.province_code) {
      communes.push({
        commune_code: row.commune_code,
        commune_name: communeName(row.commune_code),
        province_code: row.province_code,
        province_name: provinceName.get(row.province_code) ?? row.province_code,
        ...figuresOf(row),
      })
    } else if (row.level === "province" && row.province_code) {
      provinces.push({
        province_code: row.province_code,
        province_name: provinceName.get(row.province_code) ?? row.province_code,
        ...figuresOf(row),
      })
    } else if (row.level === "total") {
      total = figuresOf(row)
    }
  }
  communes.sort(
    (a, b) =>
      b.uplift_value - a.uplift_value ||
      a.commune_name.localeCompare(b.commune_name, "vi")
  )
  provinces.sort((a, b) => a.province_name.localeCompare(b.province_name, "vi"))
  if (!total) {
    throw new Error("The total row is always present.")
  }
  return { communes, provinces, total }
}
