import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import type { CooperativeMemberRole } from "../../modules/cooperative/types"
import { MEMBER_FIELDS } from "./cooperative-profile"

export type SellerMember = {
  id: string
  email: string
  name: string
  role: CooperativeMemberRole
  cooperative_id: string
}

/**
 * The cooperative member behind a seller token. Looked up on every request, so a removed member
 * loses access at once even while their token has not expired.
 */
export const loadSellerMember = async (
  req: AuthenticatedMedusaRequest
): Promise<SellerMember> => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const actorId = req.auth_context.actor_id
  const {
    data: [member],
  } = (await query.graph({
    entity: "cooperative_member",
    fields: MEMBER_FIELDS,
    filters: { id: actorId },
  })) as { data: SellerMember[] }
  if (!actorId || !member) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This account does not belong to a cooperative (any more); sign in again or apply for your cooperative."
    )
  }
  return member
}
