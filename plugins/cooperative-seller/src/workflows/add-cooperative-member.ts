import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"

import type { CreateCooperativeMemberInput } from "../modules/cooperative/types"
import { createCooperativeMembersStep } from "./steps"

export type AddCooperativeMemberWorkflowInput = {
  auth_identity_id: string
  member: CreateCooperativeMemberInput
}

/** Makes an existing seller account a member of a cooperative, so it signs in as that member. */
export const addCooperativeMemberWorkflow = createWorkflow(
  "add-cooperative-member",
  (input: AddCooperativeMemberWorkflowInput) => {
    const members = createCooperativeMembersStep(
      transform({ input }, ({ input }) => [input.member])
    )
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
