import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { applyForCooperativeWorkflow } from "../../../workflows/apply-for-cooperative"
import { loadCooperativeProfile } from "../../utils/cooperative-profile"
import type { SellerCreateCooperativeType } from "./validators"

/** A new seller applies for their cooperative, which waits for the operator's review. */
export const POST = async (
  req: AuthenticatedMedusaRequest<SellerCreateCooperativeType>,
  res: MedusaResponse
) => {
  const { owner_name, ...cooperative } = req.validatedBody
  const { result } = await applyForCooperativeWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      owner_name,
      cooperative,
    },
  })
  res.status(201).json({
    cooperative: await loadCooperativeProfile(
      req.scope,
      result.cooperative?.id ?? ""
    ),
  })
}
