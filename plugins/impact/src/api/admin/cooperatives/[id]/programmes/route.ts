import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  COOPERATIVE_MODULE,
  type CooperativeModuleService,
} from "@cho-phien/cooperative-seller/modules/cooperative"

import {
  IMPACT_MODULE,
  type ImpactModuleService,
} from "../../../../../modules/impact"
import type { SetProgrammesBody } from "../../../impact/validators"

/**
 * POST /admin/cooperatives/:id/programmes: the programmes the cooperative takes part in, as a
 * whole list (tags not listed are removed).
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<SetProgrammesBody>,
  res: MedusaResponse
) => {
  const { programmes } = req.validatedBody as SetProgrammesBody
  const id = req.params.id as string
  // Throws a 404 with Medusa's sentence for an unknown cooperative.
  await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .retrieveCooperative(id, { select: ["id"] })
  const impact = req.scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const wanted = new Set(programmes)
  const current = await impact.listProgrammeTags({ cooperative_id: id })
  const stale = current.filter((t) => !wanted.has(t.programme as never))
  if (stale.length > 0) {
    await impact.deleteProgrammeTags(stale.map((t) => t.id))
  }
  const have = new Set(current.map((t) => t.programme))
  const fresh = [...wanted].filter((p) => !have.has(p))
  if (fresh.length > 0) {
    await impact.createProgrammeTags(
      fresh.map((programme) => ({ cooperative_id: id, programme }))
    )
  }
  res.json({ cooperative_id: id, programmes: [...wanted].sort() })
}
