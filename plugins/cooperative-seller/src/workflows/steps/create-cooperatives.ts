import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { CreateCooperativeInput } from "../../modules/cooperative/types"

export const createCooperativesStep = createStep(
  "create-cooperatives",
  async (data: CreateCooperativeInput[], { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const cooperatives = await service.createCooperatives(data)
    return new StepResponse(
      cooperatives,
      cooperatives.map((cooperative) => cooperative.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.deleteCooperatives(ids)
  }
)
