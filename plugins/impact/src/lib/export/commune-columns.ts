import type { CommuneImpactRow } from "../impact-types"
import type { ExportColumn } from "./types"

/** Every field of a commune row, headed in Vietnamese and English, in the API's order. */
export const EXPORT_COLUMNS: readonly ExportColumn<CommuneImpactRow>[] = [
  { key: "commune_code", header: "Mã xã / Commune code", kind: "text" },
  { key: "commune_name", header: "Xã, phường / Commune", kind: "text" },
  { key: "province_code", header: "Mã tỉnh / Province code", kind: "text" },
  { key: "province_name", header: "Tỉnh, thành phố / Province", kind: "text" },
  {
    key: "sales_value",
    header: "Doanh số (đ) / Sales value (VND)",
    kind: "integer",
  },
  {
    key: "online_sales_value",
    header: "Doanh số trực tuyến (đ) / Online sales value (VND)",
    kind: "integer",
  },
  {
    key: "recorded_sales_value",
    header: "Doanh số ghi nhận (đ) / Recorded sales value (VND)",
    kind: "integer",
  },
  { key: "orders", header: "Số đơn hàng / Orders", kind: "integer" },
  { key: "buyers", header: "Số người mua / Buyers", kind: "integer" },
  { key: "cooperatives", header: "Số HTX / Cooperatives", kind: "integer" },
  { key: "products", header: "Số sản phẩm / Products", kind: "integer" },
  {
    key: "households",
    header: "Số hộ thành viên / Households",
    kind: "integer",
  },
  {
    key: "households_poor",
    header: "Hộ nghèo / Poor households",
    kind: "integer",
  },
  {
    key: "households_near_poor",
    header: "Hộ cận nghèo / Near-poor households",
    kind: "integer",
  },
  {
    key: "households_ethnic_minority",
    header: "Hộ dân tộc thiểu số / Ethnic-minority households",
    kind: "integer",
  },
  {
    key: "baseline_sales_value",
    header: "Doanh số kỳ gốc (đ) / Baseline sales value (VND)",
    kind: "integer",
  },
  {
    key: "uplift_value",
    header: "Mức tăng (đ) / Uplift (VND)",
    kind: "integer",
  },
  { key: "uplift_pct", header: "Mức tăng (%) / Uplift (%)", kind: "decimal" },
]

/** `tac-dong-2025-12-01-2026-11-30.csv` for the period 2025-12-01 to 2026-11-30. */
export function impactExportFileName(
  period: { from: string; to: string },
  extension: "csv" | "xlsx"
): string {
  return `tac-dong-${period.from}-${period.to}.${extension}`
}
