import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import { deleteCooperativeDocumentsStep } from "./steps/delete-cooperative-documents"

export type RemoveCooperativeDocumentWorkflowInput = {
  cooperative_id: string
  document_id: string
}

/** A cooperative deletes one of its documents. */
export const removeCooperativeDocumentWorkflow = createWorkflow(
  "remove-cooperative-document",
  (input: RemoveCooperativeDocumentWorkflowInput) => {
    deleteCooperativeDocumentsStep(
      transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
        ids: [input.document_id],
      }))
    )
    return new WorkflowResponse(
      transform({ input }, ({ input }) => input.document_id)
    )
  }
)
