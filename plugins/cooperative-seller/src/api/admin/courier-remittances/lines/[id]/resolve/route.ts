import {
  COURIER_SHIPMENTS_MODULE,
  type CourierShipmentsModuleService,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import {
  REMITTANCE_LINE_CONFLICT_CODE,
  resolveRemittanceLineWorkflow,
} from "../../../../../../lib/shipping/remittance-resolve-workflow"
import {
  type RemittanceLineView,
  toLineView,
} from "../../../../../../lib/shipping/remittances"
import type { AdminResolveRemittanceLineType } from "../../../validators"

/**
 * POST /admin/courier-remittances/lines/:id/resolve: a mismatch marked as followed up, with the
 * operator's note. A matched line has nothing to follow up (409).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminResolveRemittanceLineType>,
  res: MedusaResponse
) => {
  const id = req.params.id ?? ""
  try {
    await resolveRemittanceLineWorkflow(req.scope).run({
      input: {
        id,
        note: req.validatedBody.note,
        resolved_by: req.auth_context.actor_id ?? null,
      },
    })
  } catch (error) {
    const problem = error as { code?: string; message?: unknown } | null
    if (problem?.code === REMITTANCE_LINE_CONFLICT_CODE) {
      res
        .status(409)
        .json({ type: "conflict", message: String(problem.message ?? "") })
      return
    }
    throw error
  }
  const line = await req.scope
    .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
    .retrieveRemittanceLine(id)
  res.json({ line: toLineView(line as unknown as RemittanceLineView) })
}
