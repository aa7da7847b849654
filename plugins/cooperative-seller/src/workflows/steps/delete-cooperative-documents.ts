import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type DeleteCooperativeDocumentsInput = {
  cooperative_id: string
  ids: string[]
}

/**
 * Deletes documents of one cooperative (soft delete, so compensation can restore them); an id of
 * another cooperative is not found.
 */
export const deleteCooperativeDocumentsStep = createStep(
  "delete-cooperative-documents",
  async (input: DeleteCooperativeDocumentsInput, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const found = await service.listCooperativeDocuments(
      { id: input.ids, cooperative_id: input.cooperative_id },
      { select: ["id"] }
    )
    const missing = input.ids.find((id) => !found.some((d) => d.id === id))
    if (missing) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `There is no document with id ${missing}.`
      )
    }
    await service.softDeleteCooperativeDocuments(input.ids)
    return new StepResponse(input.ids, input.ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.restoreCooperativeDocuments(ids)
  }
)
