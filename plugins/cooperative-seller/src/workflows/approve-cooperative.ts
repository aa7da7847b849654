import {
  createWorkflow,
  transform,
  type WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import { ensureCooperativeStockLocationsWorkflow } from "./ensure-cooperative-stock-locations"
import {
  reviewCooperative,
  type ReviewCooperativeWorkflowInput,
} from "./review-cooperative"

/**
 * Approves a pending cooperative, or reactivates a suspended one, gives it its own stock location
 * (a reactivated one keeps the one it had) and tells its owner.
 */
export const approveCooperativeWorkflow = createWorkflow(
  "approve-cooperative",
  (input: WorkflowData<ReviewCooperativeWorkflowInput>) => {
    // First, so that anything failing after it (a refused transition, the e-mail) deletes the
    // location again, and the e-mail, which cannot be taken back, still goes last.
    ensureCooperativeStockLocationsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        cooperative_ids: [input.id],
      })),
    })
    return new WorkflowResponse(reviewCooperative(input, "approve"))
  }
)
