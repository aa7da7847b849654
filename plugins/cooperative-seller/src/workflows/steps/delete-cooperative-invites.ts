import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/** Withdraws invitations (soft delete); compensation restores them. */
export const deleteCooperativeInvitesStep = createStep(
  "delete-cooperative-invites",
  async (ids: string[], { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.softDeleteCooperativeInvites(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.restoreCooperativeInvites(ids)
  }
)
