import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { UpdateCooperativeInput } from "../../modules/cooperative/types"

type Previous = Record<string, unknown> & { id: string }

/**
 * Updates cooperatives; compensation writes back the previous value of each changed field, found
 * again by id.
 */
export const updateCooperativesStep = createStep(
  "update-cooperatives",
  async (data: UpdateCooperativeInput[], { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const fields = [...new Set(data.flatMap((change) => Object.keys(change)))]
    const before = (await service.listCooperatives(
      { id: data.map((change) => change.id) },
      { select: fields }
    )) as unknown as Previous[]
    const cooperatives = await service.updateCooperatives(data)
    return new StepResponse(cooperatives, before)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.updateCooperatives(
      before as unknown as UpdateCooperativeInput[]
    )
  }
)
