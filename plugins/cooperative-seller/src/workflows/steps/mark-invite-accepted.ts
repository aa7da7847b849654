import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/** Marks an invitation used, so its token works once; compensation makes it usable again. */
export const markInviteAcceptedStep = createStep(
  "mark-invite-accepted",
  async (id: string, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.updateCooperativeInvites({ id, accepted_at: new Date() })
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.updateCooperativeInvites({ id, accepted_at: null })
  }
)
