import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { CreateCooperativeDocumentInput } from "../../modules/cooperative/types"

/** Stores documents; returns their ids only, never their content. Compensation deletes them. */
export const createCooperativeDocumentsStep = createStep(
  "create-cooperative-documents",
  async (data: CreateCooperativeDocumentInput[], { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const documents = await service.createCooperativeDocuments(data)
    const ids = documents.map((document) => document.id)
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.deleteCooperativeDocuments(ids)
  }
)
