import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import type { CreateCooperativeDocumentInput } from "../modules/cooperative/types"
import { createCooperativeDocumentsStep } from "./steps/create-cooperative-documents"
import { validateDocumentCapacityStep } from "./steps/validate-document-capacity"

export type AddCooperativeDocumentsWorkflowInput = {
  cooperative_id: string
  documents: Omit<CreateCooperativeDocumentInput, "cooperative_id">[]
}

/** A cooperative adds registration documents, within its limit; returns their ids. */
export const addCooperativeDocumentsWorkflow = createWorkflow(
  "add-cooperative-documents",
  (input: AddCooperativeDocumentsWorkflowInput) => {
    validateDocumentCapacityStep(
      transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
        adding: input.documents.length,
      }))
    )
    const ids = createCooperativeDocumentsStep(
      transform({ input }, ({ input }) =>
        input.documents.map((document) => ({
          ...document,
          cooperative_id: input.cooperative_id,
        }))
      )
    )
    return new WorkflowResponse(ids)
  }
)
