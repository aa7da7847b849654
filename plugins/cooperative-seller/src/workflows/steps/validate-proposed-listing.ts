import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { assertCooperativeProduct } from "../../lib/cooperative-products"

export type ValidateProposedListingInput = {
  cooperative_id: string
  product_id: string
}

/** The product must be this cooperative's and waiting for approval (`proposed`). */
export const validateProposedListingStep = createStep(
  "validate-proposed-listing",
  async (input: ValidateProposedListingInput, { container }) => {
    await assertCooperativeProduct(
      container,
      input.cooperative_id,
      input.product_id
    )
    const product = await container
      .resolve(Modules.PRODUCT)
      .retrieveProduct(input.product_id, { select: ["id", "status"] })
    if (product.status !== "proposed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This product is ${product.status}, not waiting for approval; only a proposed listing can be published here.`
      )
    }
    return new StepResponse(undefined)
  }
)
