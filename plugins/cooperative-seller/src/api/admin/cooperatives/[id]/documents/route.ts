import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { listCooperativeDocuments } from "../../../../utils/cooperative-documents"
import { loadCooperativeProfile } from "../../../../utils/cooperative-profile"

/** A cooperative's registration documents, for the operator reviewing it. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { id } = await loadCooperativeProfile(req.scope, req.params.id ?? "")
  res.json({ documents: await listCooperativeDocuments(req.scope, id) })
}
