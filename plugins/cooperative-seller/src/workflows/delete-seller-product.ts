import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"

import { validateCooperativeProductStep } from "./steps"

export type DeleteSellerProductWorkflowInput = {
  cooperative_id: string
  id: string
}

/**
 * A cooperative deletes one of its products through Medusa's workflow; the product's links go
 * with it and the origin follows through the link's cascade.
 */
export const deleteSellerProductWorkflow = createWorkflow(
  "delete-seller-product",
  (input: DeleteSellerProductWorkflowInput) => {
    validateCooperativeProductStep(
      transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
        product_id: input.id,
      }))
    )
    deleteProductsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ ids: [input.id] })),
    })
    return new WorkflowResponse(transform({ input }, ({ input }) => input.id))
  }
)
