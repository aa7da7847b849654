import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"

import type { CreateCooperativeMemberInput } from "../modules/cooperative/types"
import { createCooperativeMembersStep } from "./steps/create-cooperative-members"
import { findInviteByTokenStep } from "./steps/find-invite-by-token"
import { markInviteAcceptedStep } from "./steps/mark-invite-accepted"
import { validateSellerUnassignedStep } from "./steps/validate-seller-unassigned"

export type AcceptCooperativeInviteWorkflowInput = {
  auth_identity_id: string
  token: string
  /** The name the person gives; the owner's spelling from the invitation otherwise. */
  name?: string
}

/**
 * An invited person, signed up with the invited address, joins the cooperative as staff: the
 * member is created, the invitation used up, and their account names the member, so the next
 * sign-in gives a seller token. Each step is undone if a later one fails.
 */
export const acceptCooperativeInviteWorkflow = createWorkflow(
  "accept-cooperative-invite",
  (input: AcceptCooperativeInviteWorkflowInput) => {
    const account = validateSellerUnassignedStep(
      transform({ input }, ({ input }) => ({
        auth_identity_id: input.auth_identity_id,
      }))
    )
    const invite = findInviteByTokenStep(
      transform({ input, account }, ({ input, account }) => ({
        token: input.token,
        email: account.email,
      }))
    )
    const members = createCooperativeMembersStep(
      transform(
        { input, invite, account },
        ({ input, invite, account }): CreateCooperativeMemberInput[] => [
          {
            cooperative_id: invite.cooperative_id,
            email: account.email,
            name: input.name ?? invite.name,
            role: "staff",
          },
        ]
      )
    )
    markInviteAcceptedStep(transform({ invite }, ({ invite }) => invite.id))
    setAuthAppMetadataStep(
      transform({ input, members }, ({ input, members }) => ({
        authIdentityId: input.auth_identity_id,
        actorType: "seller",
        value: members[0]?.id ?? "",
      }))
    )
    return new WorkflowResponse(
      transform({ members }, ({ members }) => members[0])
    )
  }
)
