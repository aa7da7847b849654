import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { listCooperativeDocuments } from "../../../utils/cooperative-documents"
import {
  loadCooperativeProfile,
  REVIEW_FIELDS,
} from "../../../utils/cooperative-profile"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const cooperative = await loadCooperativeProfile(
    req.scope,
    req.params.id ?? "",
    REVIEW_FIELDS
  )
  res.json({
    cooperative: {
      ...cooperative,
      documents: await listCooperativeDocuments(req.scope, cooperative.id),
    },
  })
}
