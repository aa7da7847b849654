import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import {
  IMPACT_MODULE,
  type ImpactModuleService,
} from "../../../../../modules/impact"
import {
  MAX_IMPORT_ERRORS,
  parseRecordedSalesCsv,
  type RecordedSalesCsvError,
} from "../../../../../lib/recorded-sales-csv"
import {
  planRecordedSale,
  RecordedSaleError,
  type RecordedSaleRow,
} from "../../../../../lib/recorded-sales"
import { officerImpactContext } from "../../../../impact-context"
import { loadOfficer } from "../../../../officer-auth"
import { checkMonth, findCooperatives } from "../../../../recorded-sales-input"
import type { ImportRecordedSalesBody } from "../../validators"

const COLUMN_OF: Record<RecordedSaleError["field"], string> = {
  commune_code: "ma_xa",
  shares: "ty_le",
  cooperative: "ma_htx",
  province: "ma_xa",
}

/**
 * POST /officer/impact/recorded-sales/import: a CSV of recorded sales, all rows or none. Every
 * problem is listed with its row (as Excel numbers it) and column.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<ImportRecordedSalesBody>,
  res: MedusaResponse
) => {
  const { csv } = req.validatedBody as ImportRecordedSalesBody
  const officer = await loadOfficer(req)
  const ctx = await officerImpactContext(req, {})
  const parsed = parseRecordedSalesCsv(csv, { now: new Date() })
  const refuse = (errors: RecordedSalesCsvError[]) =>
    res.status(400).json({
      type: "invalid_data",
      message: `Nothing was imported: ${errors.length} problem${errors.length === 1 ? "" : "s"} in the file. Fix ${errors.length === 1 ? "it" : "them"} and send the file again.`,
      errors: errors.slice(0, MAX_IMPORT_ERRORS),
    })
  if ("errors" in parsed) {
    refuse(parsed.errors)
    return
  }

  const handles = [
    ...new Set(
      parsed.rows.flatMap((r) =>
        r.cooperative_handle ? [r.cooperative_handle] : []
      )
    ),
  ]
  const cooperatives = new Map(
    (await findCooperatives(req, { handle: handles })).map((c) => [c.handle, c])
  )
  const errors: RecordedSalesCsvError[] = []
  const rows: RecordedSaleRow[] = []
  for (const entry of parsed.rows) {
    const monthProblem = checkMonth(entry.month)
    if (monthProblem) {
      errors.push({ row: entry.row, column: "thang", message: monthProblem })
      continue
    }
    const cooperative = entry.cooperative_handle
      ? cooperatives.get(entry.cooperative_handle)
      : null
    if (entry.cooperative_handle && !cooperative) {
      errors.push({
        row: entry.row,
        column: "ma_htx",
        message: `There is no cooperative with handle "${entry.cooperative_handle}".`,
      })
      continue
    }
    try {
      rows.push(
        ...planRecordedSale(
          ctx.places,
          { ...entry, cooperative: cooperative ?? null },
          ctx.scope.provinces
        )
      )
    } catch (error) {
      if (!(error instanceof RecordedSaleError)) {
        throw error
      }
      errors.push({
        row: entry.row,
        column: COLUMN_OF[error.field],
        message: error.message,
      })
    }
  }
  if (errors.length > 0) {
    refuse(errors)
    return
  }
  const created = await req.scope
    .resolve<ImpactModuleService>(IMPACT_MODULE)
    .createRecordedSales(
      rows.map((row) => ({
        ...row,
        source: "import" as const,
        created_by: officer.id,
      }))
    )
  res.status(201).json({ created: created.length, rows: parsed.rows.length })
}
