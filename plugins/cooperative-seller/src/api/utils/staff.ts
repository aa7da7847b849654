import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import { loadSellerMember, type SellerMember } from "./seller"

export const STAFF_FIELDS = ["id", "email", "name", "role", "created_at"]
export const INVITE_FIELDS = ["id", "email", "name", "expires_at", "created_at"]

export type StaffMember = {
  id: string
  email: string
  name: string
  role: string
  created_at: string
}

export type StaffInvite = {
  id: string
  email: string
  name: string
  expires_at: string
  created_at: string
}

/** The signed-in seller, who must be their cooperative's owner. */
export const loadOwner = async (
  req: AuthenticatedMedusaRequest,
  refusal: string
): Promise<SellerMember> => {
  const member = await loadSellerMember(req)
  if (member.role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, refusal)
  }
  return member
}

/** One invitation as the owner sees it: never its token or digest. */
export const loadInvite = async (
  scope: MedusaContainer,
  id: string
): Promise<StaffInvite> => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [invite],
  } = (await query.graph({
    entity: "cooperative_invite",
    fields: INVITE_FIELDS,
    filters: { id },
  })) as { data: StaffInvite[] }
  if (!invite) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no invitation with id ${id}.`
    )
  }
  return invite
}
