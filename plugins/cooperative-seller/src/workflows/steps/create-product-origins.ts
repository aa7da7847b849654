import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { CreateProductOriginInput } from "../../modules/cooperative/types"

export const createProductOriginsStep = createStep(
  "create-product-origins",
  async (data: CreateProductOriginInput[], { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const origins = await service.createOrigins(data)
    return new StepResponse(
      origins,
      origins.map((origin) => origin.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.deleteOrigins(ids)
  }
)
