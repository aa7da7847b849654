import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { suspendCooperativeWorkflow } from "../../../../../workflows/suspend-cooperative"
import {
  loadCooperativeProfile,
  REVIEW_FIELDS,
} from "../../../../utils/cooperative-profile"
import type { AdminReviewCooperativeWithReasonType } from "../../validators"

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReviewCooperativeWithReasonType>,
  res: MedusaResponse
) => {
  const id = req.params.id ?? ""
  await suspendCooperativeWorkflow(req.scope).run({
    input: { id, reason: req.validatedBody.reason },
  })
  res.json({
    cooperative: await loadCooperativeProfile(req.scope, id, REVIEW_FIELDS),
  })
}
