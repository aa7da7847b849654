import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { officerImpactContext } from "../../../impact-context"
import { presentPeriod } from "../../../impact-view"
import { monthSeries } from "../../../month-series"
import type { ImpactQuery } from "../validators"

/** GET /officer/impact/series: month by month for a province or all the officer may read. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ImpactQuery>,
  res: MedusaResponse
) => {
  const ctx = await officerImpactContext(req, req.validatedQuery as ImpactQuery)
  res.json({
    period: presentPeriod(ctx.period),
    baseline: presentPeriod(ctx.baseline),
    months: await monthSeries(ctx),
  })
}
