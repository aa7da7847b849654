import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"

import { validateProposedListingStep } from "./steps/validate-proposed-listing"

export type PublishCooperativeListingWorkflowInput = {
  cooperative_id: string
  product_id: string
}

/**
 * The operator approves a listing a cooperative proposed: it is published. It reaches buyers
 * while its cooperative is active; the store hides every product of any other cooperative.
 */
export const publishCooperativeListingWorkflow = createWorkflow(
  "publish-cooperative-listing",
  (input: PublishCooperativeListingWorkflowInput) => {
    validateProposedListingStep(input)
    updateProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        products: [{ id: input.product_id, status: "published" as const }],
      })),
    })
    return new WorkflowResponse(
      transform({ input }, ({ input }) => input.product_id)
    )
  }
)
