import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { setAuthAppMetadataStep } from "@medusajs/medusa/core-flows"

import type {
  CreateCooperativeInput,
  CreateCooperativeMemberInput,
} from "../modules/cooperative/types"
import {
  createCooperativeMembersStep,
  createCooperativesStep,
  resolveProvincesStep,
  validateHandleAvailableStep,
  validateSellerUnassignedStep,
} from "./steps"

export type ApplyForCooperativeWorkflowInput = {
  auth_identity_id: string
  owner_name?: string
  cooperative: Omit<
    CreateCooperativeInput,
    | "province_code"
    | "status"
    | "status_reason"
    | "commission_rate"
    | "cover_image"
    | "gallery"
  >
}

/**
 * A new seller applies for their cooperative: the cooperative is created pending, the applicant
 * becomes its owner, and their account is tied to that member (`app_metadata.seller_id`), so the
 * next sign-in gives a seller token. Each step is undone if a later one fails.
 */
export const applyForCooperativeWorkflow = createWorkflow(
  "apply-for-cooperative",
  (input: ApplyForCooperativeWorkflowInput) => {
    const applicant = validateSellerUnassignedStep({
      auth_identity_id: input.auth_identity_id,
    })
    validateHandleAvailableStep(input.cooperative.handle)
    const communeCodes = transform({ input }, ({ input }) => [
      input.cooperative.commune_code,
    ])
    const provinces = resolveProvincesStep(communeCodes)
    const cooperativeData = transform(
      { input, provinces },
      ({ input, provinces }): CreateCooperativeInput[] => [
        {
          ...input.cooperative,
          province_code: provinces[input.cooperative.commune_code] ?? "",
          status: "pending",
        },
      ]
    )
    const cooperatives = createCooperativesStep(cooperativeData)
    const memberData = transform(
      { input, applicant, cooperatives },
      ({ input, applicant, cooperatives }): CreateCooperativeMemberInput[] => [
        {
          cooperative_id: cooperatives[0]?.id ?? "",
          email: applicant.email,
          name: input.owner_name ?? applicant.email.split("@")[0] ?? "",
          role: "owner",
        },
      ]
    )
    const members = createCooperativeMembersStep(memberData)
    const metadata = transform({ input, members }, ({ input, members }) => ({
      authIdentityId: input.auth_identity_id,
      actorType: "seller",
      value: members[0]?.id ?? "",
    }))
    setAuthAppMetadataStep(metadata)
    const result = transform({ cooperatives, members }, (data) => ({
      cooperative: data.cooperatives[0],
      member: data.members[0],
    }))
    return new WorkflowResponse(result)
  }
)
