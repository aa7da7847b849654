import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { approveCooperativeWorkflow } from "../../../../../workflows/approve-cooperative"
import {
  loadCooperativeProfile,
  REVIEW_FIELDS,
} from "../../../../utils/cooperative-profile"

export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const id = req.params.id ?? ""
  await approveCooperativeWorkflow(req.scope).run({
    input: { id },
  })
  res.json({
    cooperative: await loadCooperativeProfile(req.scope, id, REVIEW_FIELDS),
  })
}
