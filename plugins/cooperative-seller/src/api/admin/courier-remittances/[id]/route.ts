import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { loadRemittance } from "../../../../lib/shipping/remittances"

/** GET /admin/courier-remittances/:id: one statement with every line, in file order. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ remittance: await loadRemittance(req.scope, req.params.id ?? "") })
}
