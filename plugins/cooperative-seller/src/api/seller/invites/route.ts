import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { InviteMessages } from "../../../lib/invite-tokens"
import { inviteCooperativeMemberWorkflow } from "../../../workflows/invite-cooperative-member"
import { loadInvite, loadOwner } from "../../utils/staff"
import type { SellerCreateInviteType } from "./validators"

/** The owner invites a person by e-mail to join the cooperative's staff. */
export const POST = async (
  req: AuthenticatedMedusaRequest<SellerCreateInviteType>,
  res: MedusaResponse
) => {
  const owner = await loadOwner(req, InviteMessages.ownerOnly)
  const { result } = await inviteCooperativeMemberWorkflow(req.scope).run({
    input: {
      cooperative_id: owner.cooperative_id,
      email: req.validatedBody.email,
      name: req.validatedBody.name,
      invited_by: owner.name,
    },
  })
  res.status(201).json({ invite: await loadInvite(req.scope, result.id) })
}
