import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import { deleteCooperativeInvitesStep } from "./steps/delete-cooperative-invites"
import { validateCooperativeInviteStep } from "./steps/validate-cooperative-invite"

export type CancelCooperativeInviteWorkflowInput = {
  cooperative_id: string
  invite_id: string
}

/** The owner withdraws an invitation that is still waiting; its link stops working. */
export const cancelCooperativeInviteWorkflow = createWorkflow(
  "cancel-cooperative-invite",
  (input: CancelCooperativeInviteWorkflowInput) => {
    const id = validateCooperativeInviteStep(input)
    deleteCooperativeInvitesStep(transform({ id }, ({ id }) => [id]))
    return new WorkflowResponse(id)
  }
)
