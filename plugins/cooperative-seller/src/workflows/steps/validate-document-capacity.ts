import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import {
  DocumentMessages,
  MAX_DOCUMENTS_PER_COOPERATIVE,
} from "../../lib/documents/constants"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type ValidateDocumentCapacityInput = {
  cooperative_id: string
  adding: number
}

/** A cooperative keeps at most MAX_DOCUMENTS_PER_COOPERATIVE documents. */
export const validateDocumentCapacityStep = createStep(
  "validate-document-capacity",
  async (input: ValidateDocumentCapacityInput, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const [, existing] = await service.listAndCountCooperativeDocuments(
      { cooperative_id: input.cooperative_id },
      { select: ["id"] }
    )
    if (existing + input.adding > MAX_DOCUMENTS_PER_COOPERATIVE) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        DocumentMessages.tooManyInAll(existing)
      )
    }
    return new StepResponse(undefined)
  }
)
