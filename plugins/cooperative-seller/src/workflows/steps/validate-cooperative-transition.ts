import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { CooperativeStatus } from "../../modules/cooperative/types"

export type CooperativeReviewAction = "approve" | "reject" | "suspend"

/** Which statuses each operator action starts from, and where it leads. */
export const COOPERATIVE_TRANSITIONS: Record<
  CooperativeReviewAction,
  { from: CooperativeStatus[]; to: CooperativeStatus }
> = {
  // Approving a suspended cooperative reactivates it.
  approve: { from: ["pending", "suspended"], to: "active" },
  reject: { from: ["pending"], to: "rejected" },
  suspend: { from: ["active"], to: "suspended" },
}

const EXPLAIN: Record<CooperativeReviewAction, string> = {
  approve: "only a pending or suspended cooperative can be approved",
  reject: "only a pending application can be rejected",
  suspend: "only an active cooperative can be suspended",
}

export type ValidateCooperativeTransitionInput = {
  id: string
  action: CooperativeReviewAction
}

/** Refuses an action the cooperative's current status does not allow, before anything is written. */
export const validateCooperativeTransitionStep = createStep(
  "validate-cooperative-transition",
  async (input: ValidateCooperativeTransitionInput, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [cooperative] = await service.listCooperatives(
      { id: input.id },
      { select: ["id", "name", "status"] }
    )
    if (!cooperative) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `There is no cooperative with id ${input.id}.`
      )
    }
    const transition = COOPERATIVE_TRANSITIONS[input.action]
    if (!transition.from.includes(cooperative.status)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${cooperative.name} is ${cooperative.status}: ${EXPLAIN[input.action]}.`
      )
    }
    return new StepResponse({ status: transition.to })
  }
)
