import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import {
  hashInviteToken,
  INVITE_VALID_DAYS,
  newInviteToken,
} from "../../lib/invite-tokens"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type CreateCooperativeInviteStepInput = {
  cooperative_id: string
  email: string
  name: string
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Creates an invitation with a fresh random token, of which only the digest is stored. The token
 * itself is returned once, for the e-mail; compensation deletes the invitation.
 */
export const createCooperativeInviteStep = createStep(
  "create-cooperative-invite",
  async (input: CreateCooperativeInviteStepInput, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const token = newInviteToken()
    const invite = await service.createCooperativeInvites({
      ...input,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + INVITE_VALID_DAYS * DAY_MS),
    })
    return new StepResponse({ invite, token }, invite.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.deleteCooperativeInvites([id])
  }
)
