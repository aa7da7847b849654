import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { assertCooperativeProduct } from "../../lib/cooperative-products"

export type ValidateCooperativeProductInput = {
  cooperative_id: string
  product_id: string
  variant_ids?: string[]
}

/**
 * The product, and every variant a change names, must belong to the seller's cooperative.
 * Anything else is answered as if it did not exist (NOT_FOUND), before anything is written.
 */
export const validateCooperativeProductStep = createStep(
  "validate-cooperative-product",
  async (input: ValidateCooperativeProductInput, { container }) => {
    await assertCooperativeProduct(
      container,
      input.cooperative_id,
      input.product_id
    )
    const variantIds = input.variant_ids ?? []
    if (variantIds.length > 0) {
      const products = container.resolve(Modules.PRODUCT)
      const variants = await products.listProductVariants(
        { id: variantIds, product_id: input.product_id },
        { select: ["id"] }
      )
      const found = new Set(variants.map((variant) => variant.id))
      const missing = variantIds.find((id) => !found.has(id))
      if (missing) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `This product has no variant with id ${missing}.`
        )
      }
    }
    return new StepResponse(undefined)
  }
)
