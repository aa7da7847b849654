import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { listMismatches } from "../../../../lib/shipping/remittances"
import type { AdminListMismatchesQueryType } from "../validators"

/** GET /admin/courier-remittances/mismatches: the lines to follow up, across imports. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminListMismatchesQueryType>,
  res: MedusaResponse
) => {
  res.json(await listMismatches(req.scope, req.validatedQuery))
}
