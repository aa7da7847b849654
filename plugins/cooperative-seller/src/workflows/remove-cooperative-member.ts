import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import { deleteCooperativeMembersStep } from "./steps/delete-cooperative-members"
import { detachSellerAccountStep } from "./steps/detach-seller-account"
import { validateMemberRemovableStep } from "./steps/validate-member-removable"

export type RemoveCooperativeMemberWorkflowInput = {
  cooperative_id: string
  member_id: string
  /** The owner removing them. */
  actor_member_id: string
}

/**
 * The owner removes a staff member: the member goes, so their token stops working on the next
 * request, and their account no longer names it, so signing in again gives no access either.
 */
export const removeCooperativeMemberWorkflow = createWorkflow(
  "remove-cooperative-member",
  (input: RemoveCooperativeMemberWorkflowInput) => {
    const member = validateMemberRemovableStep(input)
    deleteCooperativeMembersStep(
      transform({ member }, ({ member }) => [member.id])
    )
    detachSellerAccountStep(
      transform({ member }, ({ member }) => ({
        member_id: member.id,
        email: member.email,
      }))
    )
    return new WorkflowResponse(
      transform({ member }, ({ member }) => member.id)
    )
  }
)
