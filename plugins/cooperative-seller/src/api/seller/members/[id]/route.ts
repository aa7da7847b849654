import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { InviteMessages } from "../../../../lib/invite-tokens"
import { removeCooperativeMemberWorkflow } from "../../../../workflows/remove-cooperative-member"
import { loadOwner } from "../../../utils/staff"

/** The owner removes a staff member; their access ends with this request. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const owner = await loadOwner(req, InviteMessages.ownerOnlyRemove)
  const { result: id } = await removeCooperativeMemberWorkflow(req.scope).run({
    input: {
      cooperative_id: owner.cooperative_id,
      member_id: req.params.id ?? "",
      actor_member_id: owner.id,
    },
  })
  res.json({ id, object: "cooperative_member", deleted: true })
}
