import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { InviteMessages } from "../../lib/invite-tokens"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type ValidateMemberRemovableInput = {
  cooperative_id: string
  member_id: string
  /** The owner asking. */
  actor_member_id: string
}

/**
 * The member must work for this cooperative (anything else is not found) and must not be the
 * owner asking. Returns the member's id and e-mail.
 */
export const validateMemberRemovableStep = createStep(
  "validate-member-removable",
  async (input: ValidateMemberRemovableInput, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [member] = await service.listCooperativeMembers(
      { id: input.member_id, cooperative_id: input.cooperative_id },
      { select: ["id", "email", "role"] }
    )
    if (!member) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `There is no staff member with id ${input.member_id}.`
      )
    }
    if (member.id === input.actor_member_id || member.role === "owner") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        InviteMessages.notYourself
      )
    }
    return new StepResponse({ id: member.id, email: member.email })
  }
)
