import {
  createWorkflow,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import { type UpdateProductImportInput, updateProductImportStep } from "./steps"

export type UpdateProductImportWorkflowInput = UpdateProductImportInput

/** Records how far a CSV import has come: its status, counts and errors. */
export const updateProductImportWorkflow = createWorkflow(
  "update-product-import",
  (input: UpdateProductImportWorkflowInput) =>
    new WorkflowResponse(updateProductImportStep(input))
)
