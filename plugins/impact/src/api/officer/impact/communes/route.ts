import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { impactFigures } from "../../../../lib/sql/impact-queries"
import { officerImpactContext } from "../../../impact-context"
import { presentFigures, presentPeriod } from "../../../impact-view"
import type { ImpactQuery } from "../validators"

/** GET /officer/impact/communes: the commune table (IMPACT_API.md). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, ImpactQuery>,
  res: MedusaResponse
) => {
  const ctx = await officerImpactContext(req, req.validatedQuery as ImpactQuery)
  const rows = await impactFigures(ctx.db, ctx.scope, ctx.period, ctx.baseline)
  res.json({
    period: presentPeriod(ctx.period),
    baseline: presentPeriod(ctx.baseline),
    ...presentFigures(ctx.places, rows),
  })
}
