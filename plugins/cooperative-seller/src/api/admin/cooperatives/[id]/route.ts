import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import {
  loadCooperativeProfile,
  REVIEW_FIELDS,
} from "../../../utils/cooperative-profile"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({
    cooperative: await loadCooperativeProfile(
      req.scope,
      req.params.id ?? "",
      REVIEW_FIELDS
    ),
  })
}
