import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type ValidateCooperativeInviteInput = {
  cooperative_id: string
  invite_id: string
}

/**
 * The invitation must be one of this cooperative's and still waiting; anything else is answered
 * as if it did not exist.
 */
export const validateCooperativeInviteStep = createStep(
  "validate-cooperative-invite",
  async (input: ValidateCooperativeInviteInput, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [invite] = await service.listCooperativeInvites(
      {
        id: input.invite_id,
        cooperative_id: input.cooperative_id,
        accepted_at: null,
      },
      { select: ["id"] }
    )
    if (!invite) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `There is no invitation with id ${input.invite_id}.`
      )
    }
    return new StepResponse(invite.id)
  }
)
