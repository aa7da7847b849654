import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { loadSellerMember } from "../../utils/seller"
import {
  INVITE_FIELDS,
  STAFF_FIELDS,
  type StaffInvite,
  type StaffMember,
} from "../../utils/staff"

/** The cooperative's staff and the invitations still waiting, for any of its members. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: members }, { data: invites }] = (await Promise.all([
    query.graph({
      entity: "cooperative_member",
      fields: STAFF_FIELDS,
      filters: { cooperative_id: member.cooperative_id },
      pagination: { order: { created_at: "ASC" } },
    }),
    query.graph({
      entity: "cooperative_invite",
      fields: INVITE_FIELDS,
      filters: {
        cooperative_id: member.cooperative_id,
        accepted_at: null,
        expires_at: { $gt: new Date() },
      },
      pagination: { order: { created_at: "ASC" } },
    }),
  ])) as [{ data: StaffMember[] }, { data: StaffInvite[] }]
  res.json({ members, invites })
}
