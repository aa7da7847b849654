import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { CreateCertificationInput } from "../../modules/cooperative/types"

export const createCertificationsStep = createStep(
  "create-certifications",
  async (data: CreateCertificationInput[], { container }) => {
    if (data.length === 0) {
      return new StepResponse([], [])
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const certifications = await service.createCertifications(data)
    return new StepResponse(
      certifications,
      certifications.map((certificate) => certificate.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.deleteCertifications(ids)
  }
)
