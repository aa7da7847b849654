import type { VnAdminModuleService } from "@cho-phien/cooperative-seller/modules/vn-admin"

type RecordedSaleRecord = {
  id: string
  month: string
  commune_code: string
  province_code: string
  cooperative_id: string | null
  sales_value: number
  source: string
  legacy_commune_code: string | null
  share: number | null
  note: string | null
  created_at: Date | string
}

/** A recorded sale as the officer routes show it, with its commune's name. */
export const presentRecordedSale = (
  places: VnAdminModuleService,
  row: RecordedSaleRecord
) => {
  let communeName = row.commune_code
  try {
    communeName = places.retrieveCommune(row.commune_code).full_name
  } catch {
    // A code the reference data no longer knows keeps showing as its code.
  }
  return {
    id: row.id,
    month: row.month,
    commune_code: row.commune_code,
    commune_name: communeName,
    province_code: row.province_code,
    cooperative_id: row.cooperative_id,
    sales_value: Number(row.sales_value),
    source: row.source,
    legacy_commune_code: row.legacy_commune_code,
    share: row.share === null ? null : Number(row.share),
    note: row.note,
    created_at: row.created_at,
  }
}
