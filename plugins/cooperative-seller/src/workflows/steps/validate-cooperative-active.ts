import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type ValidateCooperativeActiveInput = { cooperative_id: string }

/** Only an approved (active) cooperative lists products; the others are refused before any write. */
export const validateCooperativeActiveStep = createStep(
  "validate-cooperative-active",
  async (input: ValidateCooperativeActiveInput, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [cooperative] = await service.listCooperatives(
      { id: input.cooperative_id },
      { select: ["id", "status"] }
    )
    if (cooperative?.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Your cooperative is not approved yet, so it cannot list products; you can add them once the operator approves it."
      )
    }
    return new StepResponse(undefined)
  }
)
