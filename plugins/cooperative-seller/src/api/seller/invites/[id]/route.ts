import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { InviteMessages } from "../../../../lib/invite-tokens"
import { cancelCooperativeInviteWorkflow } from "../../../../workflows/cancel-cooperative-invite"
import { loadOwner } from "../../../utils/staff"

/** The owner withdraws an invitation still waiting; another cooperative's id is not found. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const owner = await loadOwner(req, InviteMessages.ownerOnly)
  const { result: id } = await cancelCooperativeInviteWorkflow(req.scope).run({
    input: {
      cooperative_id: owner.cooperative_id,
      invite_id: req.params.id ?? "",
    },
  })
  res.json({ id, object: "cooperative_invite", deleted: true })
}
