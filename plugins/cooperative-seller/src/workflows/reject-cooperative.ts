import {
  createWorkflow,
  type WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import {
  reviewCooperative,
  type ReviewCooperativeWorkflowInput,
} from "./review-cooperative"

/**
 * Rejects a pending application with a reason the owner is told.
 */
export const rejectCooperativeWorkflow = createWorkflow(
  "reject-cooperative",
  (input: WorkflowData<ReviewCooperativeWorkflowInput>) =>
    new WorkflowResponse(reviewCooperative(input, "reject"))
)
