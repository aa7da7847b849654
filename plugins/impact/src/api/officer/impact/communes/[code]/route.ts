import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import {
  impactCooperatives,
  impactFigures,
  impactProducts,
} from "../../../../../lib/sql/impact-queries"
import { officerImpactContext } from "../../../../impact-context"
import { presentFigures, presentPeriod } from "../../../../impact-view"
import { monthSeries } from "../../../../month-series"
import type { CommuneImpactQuery } from "../../validators"

/** GET /officer/impact/communes/:code: one commune's figures, months, cooperatives, products. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, CommuneImpactQuery>,
  res: MedusaResponse
) => {
  const code = req.params.code as string
  const ctx = await officerImpactContext(req, {
    ...(req.validatedQuery as CommuneImpactQuery),
    commune: code,
  })
  const commune = ctx.places.retrieveCommune(code)
  const [rows, months, cooperatives, products] = await Promise.all([
    impactFigures(ctx.db, ctx.scope, ctx.period, ctx.baseline),
    monthSeries(ctx),
    impactCooperatives(ctx.db, ctx.scope, ctx.period, ctx.baseline),
    impactProducts(ctx.db, ctx.scope, ctx.period, ctx.baseline),
  ])
  const { communes, total } = presentFigures(ctx.places, rows)
  res.json({
    period: presentPeriod(ctx.period),
    baseline: presentPeriod(ctx.baseline),
    commune: communes.find((c) => c.commune_code === code) ?? {
      commune_code: code,
      commune_name: commune.full_name,
      province_code: commune.province_code,
      province_name: commune.province.name,
      ...total,
    },
    months,
    cooperatives,
    products,
  })
}
