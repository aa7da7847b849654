import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/**
 * Removes staff members (soft delete). Every seller request looks its member up, so their tokens
 * stop working at once; compensation restores them.
 */
export const deleteCooperativeMembersStep = createStep(
  "delete-cooperative-members",
  async (ids: string[], { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.softDeleteCooperativeMembers(ids)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.restoreCooperativeMembers(ids)
  }
)
