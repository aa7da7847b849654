import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import {
  EXPORT_COLUMNS,
  impactExportFileName,
} from "../lib/export/commune-columns"
import { toCsv } from "../lib/export/to-csv"
import { toXlsx } from "../lib/export/to-xlsx"
import { impactFigures } from "../lib/sql/impact-queries"
import { officerImpactContext } from "./impact-context"
import { presentFigures } from "./impact-view"
import type { ImpactQuery } from "./officer/impact/validators"

/** The commune table of GET /officer/impact/communes as a file to download. */
export const sendImpactExport = async (
  req: AuthenticatedMedusaRequest<unknown, ImpactQuery>,
  res: MedusaResponse,
  format: "csv" | "xlsx"
): Promise<void> => {
  const ctx = await officerImpactContext(req, req.validatedQuery as ImpactQuery)
  const rows = await impactFigures(ctx.db, ctx.scope, ctx.period, ctx.baseline)
  const { communes } = presentFigures(ctx.places, rows)
  const name = impactExportFileName(ctx.period, format)
  res.setHeader("Content-Disposition", `attachment; filename="${name}"`)
  res.setHeader("Cache-Control", "private, no-store")
  if (format === "csv") {
    res.setHeader("Content-Type", "text/csv; charset=utf-8")
    res.send(toCsv(EXPORT_COLUMNS, communes))
    return
  }
  res.setHeader(
    "Content-Type",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  )
  res.send(
    await toXlsx(
      `Tác động ${ctx.period.from} – ${ctx.period.to}`,
      EXPORT_COLUMNS,
      communes
    )
  )
}
