import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { hashInviteToken, InviteMessages } from "../../lib/invite-tokens"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type FindInviteByTokenInput = {
  token: string
  /** The e-mail of the account accepting; it must be the one invited. */
  email: string
}

export type FoundInvite = {
  id: string
  cooperative_id: string
  email: string
  name: string
}

/**
 * Finds the waiting invitation a token belongs to. An unknown, expired, withdrawn or used token
 * gets the same sentence, so a token cannot be probed.
 */
export const findInviteByTokenStep = createStep(
  "find-invite-by-token",
  async (input: FindInviteByTokenInput, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [invite] = await service.listCooperativeInvites(
      { token_hash: hashInviteToken(input.token) },
      {
        select: [
          "id",
          "cooperative_id",
          "email",
          "name",
          "expires_at",
          "accepted_at",
        ],
      }
    )
    if (
      !invite ||
      invite.accepted_at ||
      new Date(invite.expires_at).getTime() <= Date.now()
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        InviteMessages.invalid
      )
    }
    if (invite.email.toLowerCase() !== input.email.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        InviteMessages.wrongEmail
      )
    }
    const found: FoundInvite = {
      id: invite.id,
      cooperative_id: invite.cooperative_id,
      email: invite.email,
      name: invite.name,
    }
    return new StepResponse(found)
  }
)
