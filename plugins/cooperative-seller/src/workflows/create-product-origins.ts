import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"

import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type { CreateProductOriginInput } from "../modules/cooperative/types"
import { createProductOriginsStep, resolveProvincesStep } from "./steps"

export type CreateProductOriginsWorkflowInput = {
  origins: (Omit<CreateProductOriginInput, "province_code"> & {
    product_id: string
  })[]
}

/**
 * Gives products their origin story and links each product to its origin and to the cooperative
 * that sells it (one cooperative per product).
 */
export const createProductOriginsWorkflow = createWorkflow(
  "create-product-origins",
  (input: CreateProductOriginsWorkflowInput) => {
    const communeCodes = transform({ input }, ({ input }) =>
      input.origins.map((origin) => origin.commune_code)
    )
    const provinces = resolveProvincesStep(communeCodes)
    const originData = transform(
      { input, provinces },
      ({ input, provinces }): CreateProductOriginInput[] =>
        input.origins.map(({ product_id: _unused, ...origin }) => ({
          ...origin,
          province_code: provinces[origin.commune_code] ?? "",
        }))
    )
    const origins = createProductOriginsStep(originData)
    const links = transform({ input, origins }, ({ input, origins }) => {
      const originIdByCode = new Map(
        origins.map((origin) => [origin.traceability_code, origin.id])
      )
      return input.origins.flatMap((origin) => [
        {
          [Modules.PRODUCT]: { product_id: origin.product_id },
          [COOPERATIVE_MODULE]: { cooperative_id: origin.cooperative_id },
        },
        {
          [Modules.PRODUCT]: { product_id: origin.product_id },
          [COOPERATIVE_MODULE]: {
            origin_id: originIdByCode.get(origin.traceability_code),
          },
        },
      ])
    })
    createRemoteLinkStep(links)
    return new WorkflowResponse(origins)
  }
)
