import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { InviteMessages, MAX_PENDING_INVITES } from "../../lib/invite-tokens"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type ValidateInviteAllowedInput = {
  cooperative_id: string
  email: string
}

/**
 * An invitation goes only to an address that is nobody's staff yet and has no invitation waiting
 * from this cooperative, and a cooperative has at most MAX_PENDING_INVITES waiting.
 */
export const validateInviteAllowedStep = createStep(
  "validate-invite-allowed",
  async (input: ValidateInviteAllowedInput, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [member] = await service.listCooperativeMembers(
      { email: input.email },
      { select: ["id"] }
    )
    if (member) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        InviteMessages.alreadyMember
      )
    }
    const pending = await service.listCooperativeInvites(
      {
        cooperative_id: input.cooperative_id,
        accepted_at: null,
        expires_at: { $gt: new Date() },
      },
      { select: ["id", "email"] }
    )
    if (pending.some((invite) => invite.email === input.email)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        InviteMessages.alreadyInvited
      )
    }
    if (pending.length >= MAX_PENDING_INVITES) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        InviteMessages.tooMany
      )
    }
    return new StepResponse(undefined)
  }
)
