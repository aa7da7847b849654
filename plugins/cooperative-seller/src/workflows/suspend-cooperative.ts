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
 * Suspends an active cooperative with a reason; its products leave the store at once, because
 * the store hides every product of a cooperative that is not active.
 */
export const suspendCooperativeWorkflow = createWorkflow(
  "suspend-cooperative",
  (input: WorkflowData<ReviewCooperativeWorkflowInput>) =>
    new WorkflowResponse(reviewCooperative(input, "suspend"))
)
