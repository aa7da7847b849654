import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  VN_ADMIN_MODULE,
  type VnAdminModuleService,
} from "@cho-phien/cooperative-seller/modules/vn-admin"

import { cellsToHide, isSmall } from "../../../../lib/small-cells"
import { impactFigures, type Figures } from "../../../../lib/sql/impact-queries"
import { periodsOf } from "../../../impact-context"
import { presentFigures, presentPeriod } from "../../../impact-view"
import type { TransparencyQuery } from "../validators"

const publicFigures = (figures: Figures, hidden: boolean) => ({
  hidden,
  sales_value: hidden ? null : figures.sales_value,
  orders: hidden ? null : figures.orders,
  cooperatives: hidden ? null : figures.cooperatives,
  households: hidden ? null : figures.households,
  uplift_pct: hidden ? null : figures.uplift_pct,
})

/**
 * GET /store/impact/transparency: sales per province and commune for anyone, with small cells
 * hidden (src/lib/small-cells.ts). No buyer, household or order is ever named.
 */
export const GET = async (
  req: MedusaRequest<unknown, TransparencyQuery>,
  res: MedusaResponse
) => {
  const { period, baseline } = periodsOf(
    req.validatedQuery as TransparencyQuery
  )
  const places = req.scope.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  const rows = await impactFigures(
    req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    { provinces: null },
    period,
    baseline
  )
  const { communes, provinces, total } = presentFigures(places, rows)
  const totalShown = !isSmall(total)
  const hiddenProvinces = cellsToHide(
    provinces.map((p) => ({ key: p.province_code, group: "all", ...p })),
    new Set(totalShown ? ["all"] : [])
  )
  const hiddenCommunes = cellsToHide(
    communes.map((c) => ({
      key: c.commune_code,
      group: c.province_code,
      ...c,
    })),
    new Set(
      provinces
        .filter((p) => !hiddenProvinces.has(p.province_code))
        .map((p) => p.province_code)
    )
  )
  res.set("Cache-Control", "public, max-age=300")
  res.json({
    period: presentPeriod(period),
    baseline: presentPeriod(baseline),
    provinces: provinces.map((p) => ({
      province_code: p.province_code,
      province_name: p.province_name,
      ...publicFigures(p, hiddenProvinces.has(p.province_code)),
    })),
    communes: communes
      .map((c) => ({
        commune_code: c.commune_code,
        commune_name: c.commune_name,
        province_code: c.province_code,
        province_name: c.province_name,
        ...publicFigures(c, hiddenCommunes.has(c.commune_code)),
      }))
      .sort(
        (a, b) =>
          a.province_name.localeCompare(b.province_name, "vi") ||
          a.commune_name.localeCompare(b.commune_name, "vi")
      ),
    total: publicFigures(total, !totalShown),
  })
}
