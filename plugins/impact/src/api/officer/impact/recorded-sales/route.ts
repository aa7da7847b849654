import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import {
  IMPACT_MODULE,
  type ImpactModuleService,
} from "../../../../modules/impact"
import {
  planRecordedSale,
  RecordedSaleError,
} from "../../../../lib/recorded-sales"
import { officerImpactContext } from "../../../impact-context"
import { loadOfficer } from "../../../officer-auth"
import { presentRecordedSale } from "../../../recorded-sale-view"
import {
  checkMonth,
  findCooperatives,
  invalid,
} from "../../../recorded-sales-input"
import type {
  CreateRecordedSaleBody,
  RecordedSalesListQuery,
} from "../validators"

/** GET /officer/impact/recorded-sales: newest months first, within the officer's provinces. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, RecordedSalesListQuery>,
  res: MedusaResponse
) => {
  const query = req.validatedQuery as RecordedSalesListQuery
  const ctx = await officerImpactContext(req, {
    province: query.province,
    commune: query.commune_code,
  })
  const filters: Record<string, unknown> = {}
  if (ctx.scope.provinces) {
    filters.province_code = ctx.scope.provinces
  }
  if (query.commune_code) {
    filters.commune_code = query.commune_code
  }
  const [rows, count] = await req.scope
    .resolve<ImpactModuleService>(IMPACT_MODULE)
    .listAndCountRecordedSales(filters, {
      take: query.limit,
      skip: query.offset,
      order: { month: "DESC", commune_code: "ASC", created_at: "DESC" },
    })
  res.json({
    recorded_sales: rows.map((row) => presentRecordedSale(ctx.places, row)),
    count,
    limit: query.limit,
    offset: query.offset,
  })
}

/** POST /officer/impact/recorded-sales: one month's sales, landing in the 2025 communes. */
export const POST = async (
  req: AuthenticatedMedusaRequest<CreateRecordedSaleBody>,
  res: MedusaResponse
) => {
  const body = req.validatedBody as CreateRecordedSaleBody
  const officer = await loadOfficer(req)
  const ctx = await officerImpactContext(req, {})
  const monthProblem = checkMonth(body.month)
  if (monthProblem) {
    throw invalid(monthProblem)
  }
  let cooperative = null
  if (body.cooperative_id) {
    ;[cooperative] = await findCooperatives(req, { id: [body.cooperative_id] })
    if (!cooperative) {
      throw invalid(`There is no cooperative ${body.cooperative_id}.`)
    }
  }
  let rows
  try {
    rows = planRecordedSale(
      ctx.places,
      {
        month: body.month,
        commune_code: body.commune_code,
        code_kind: body.code_kind,
        sales_value: body.sales_value,
        cooperative,
        note: body.note ?? null,
        shares: body.shares
          ? Object.entries(body.shares).map(([code, weight]) => ({
              code,
              weight,
            }))
          : null,
      },
      ctx.scope.provinces
    )
  } catch (error) {
    if (error instanceof RecordedSaleError) {
      throw new MedusaError(
        error.field === "province"
          ? MedusaError.Types.FORBIDDEN
          : MedusaError.Types.INVALID_DATA,
        error.message
      )
    }
    throw error
  }
  const created = await req.scope
    .resolve<ImpactModuleService>(IMPACT_MODULE)
    .createRecordedSales(
      rows.map((row) => ({
        ...row,
        source: "officer" as const,
        created_by: officer.id,
      }))
    )
  res.status(201).json({
    recorded_sales: created.map((row) => presentRecordedSale(ctx.places, row)),
  })
}
