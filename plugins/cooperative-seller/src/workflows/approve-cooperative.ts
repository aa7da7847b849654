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
 * Approves a pending cooperative, or reactivates a suspended one, and tells its owner.
 */
export const approveCooperativeWorkflow = createWorkflow(
  "approve-cooperative",
  (input: WorkflowData<ReviewCooperativeWorkflowInput>) =>
    new WorkflowResponse(reviewCooperative(input, "approve"))
)
