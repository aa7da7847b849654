import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { acceptCooperativeInviteWorkflow } from "../../../../workflows/accept-cooperative-invite"
import { STAFF_FIELDS, type StaffMember } from "../../../utils/staff"
import type { SellerAcceptInviteType } from "../validators"

/**
 * An invited person accepts with their registration token; afterwards they sign in again to get
 * a token naming their member, as after applying.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<SellerAcceptInviteType>,
  res: MedusaResponse
) => {
  const { result } = await acceptCooperativeInviteWorkflow(req.scope).run({
    input: {
      auth_identity_id: req.auth_context.auth_identity_id,
      token: req.validatedBody.token,
      name: req.validatedBody.name,
    },
  })
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [member],
  } = (await query.graph({
    entity: "cooperative_member",
    fields: [...STAFF_FIELDS, "cooperative_id"],
    filters: { id: result?.id ?? "" },
  })) as { data: StaffMember[] }
  res.status(201).json({ member })
}
