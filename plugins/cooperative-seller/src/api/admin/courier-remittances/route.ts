import {
  readStatement,
  StatementFileError,
  type StatementLine,
} from "@cho-phien/couriers-vn/lib/remittance/read-statement"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { importRemittanceWorkflow } from "../../../lib/shipping/remittance-import-workflow"
import {
  listRemittances,
  loadRemittance,
} from "../../../lib/shipping/remittances"
import type {
  AdminImportRemittanceType,
  AdminListRemittancesQueryType,
} from "./validators"

/** GET /admin/courier-remittances: the imported statements, newest first, without lines. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListRemittancesQueryType>,
  res: MedusaResponse
) => {
  res.json(await listRemittances(req.scope, req.validatedQuery))
}

/**
 * POST /admin/courier-remittances: imports a courier's COD statement. A file that cannot be read
 * is refused whole (400, each bad row and column in `errors`) before anything is stored.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminImportRemittanceType>,
  res: MedusaResponse
) => {
  const { provider, file_name, csv } = req.validatedBody
  let lines: StatementLine[]
  try {
    lines = readStatement(csv)
  } catch (error) {
    if (error instanceof StatementFileError) {
      res.status(400).json({
        type: "invalid_data",
        message: error.message,
        errors: error.problems,
      })
      return
    }
    throw error
  }
  const { result } = await importRemittanceWorkflow(req.scope).run({
    input: {
      provider,
      file_name: file_name ?? null,
      imported_by: req.auth_context.actor_id ?? null,
      lines,
    },
  })
  res
    .status(201)
    .json({ remittance: await loadRemittance(req.scope, result.id) })
}
