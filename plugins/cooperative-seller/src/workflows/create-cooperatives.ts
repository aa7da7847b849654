import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import type {
  CreateCertificationInput,
  CreateCooperativeInput,
} from "../modules/cooperative/types"
import {
  createCertificationsStep,
  createCooperativesStep,
  resolveProvincesStep,
} from "./steps"

export type CreateCooperativesWorkflowInput = {
  cooperatives: (Omit<CreateCooperativeInput, "province_code"> & {
    certifications?: Omit<CreateCertificationInput, "cooperative_id">[]
  })[]
}

/**
 * Creates cooperatives with their certificates. The province comes from the 2025 commune code;
 * an unknown commune, a broken rule or a taken handle stops the workflow before anything stays
 * written.
 */
export const createCooperativesWorkflow = createWorkflow(
  "create-cooperatives",
  (input: CreateCooperativesWorkflowInput) => {
    const communeCodes = transform({ input }, ({ input }) =>
      input.cooperatives.map((cooperative) => cooperative.commune_code)
    )
    const provinces = resolveProvincesStep(communeCodes)
    const cooperativeData = transform(
      { input, provinces },
      ({ input, provinces }): CreateCooperativeInput[] =>
        input.cooperatives.map(
          ({ certifications: _unused, ...cooperative }) => ({
            ...cooperative,
            province_code: provinces[cooperative.commune_code] ?? "",
          })
        )
    )
    const cooperatives = createCooperativesStep(cooperativeData)
    const certificationData = transform(
      { input, cooperatives },
      ({ input, cooperatives }): CreateCertificationInput[] => {
        const idByHandle = new Map(cooperatives.map((c) => [c.handle, c.id]))
        return input.cooperatives.flatMap((cooperative) =>
          (cooperative.certifications ?? []).map((certificate) => ({
            ...certificate,
            cooperative_id: idByHandle.get(cooperative.handle) ?? "",
          }))
        )
      }
    )
    const certifications = createCertificationsStep(certificationData)
    return new WorkflowResponse({ cooperatives, certifications })
  }
)
