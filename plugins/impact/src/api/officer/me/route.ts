import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { loadOfficer } from "../../officer-auth"
import { presentOfficer } from "../../officer-view"

/** GET /officer/me: the signed-in officer and the provinces they may read. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ officer: presentOfficer(req.scope, await loadOfficer(req)) })
}
