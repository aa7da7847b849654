import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

/**
 * A handle is the cooperative's address in the store: a taken one is refused with a sentence the
 * applicant can act on (400), before anything is written.
 */
export const validateHandleAvailableStep = createStep(
  "validate-handle-available",
  async (handle: string, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [taken] = await service.listCooperatives(
      { handle },
      { select: ["id"] }
    )
    if (taken) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The handle "${handle}" is already taken by another cooperative; choose another.`
      )
    }
    return new StepResponse(handle)
  }
)
