import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import {
  type ListingDefaults,
  loadListingDefaults,
} from "../../lib/listing-defaults"

export type FindListingDefaultsInput = { category_handle?: string }

export type FoundListingDefaults = ListingDefaults & {
  category_id: string | null
}

/** Reads where a new listing goes (channel, shipping profile, category). */
export const findListingDefaultsStep = createStep(
  "find-listing-defaults",
  async (input: FindListingDefaultsInput, { container }) => {
    const defaults = await loadListingDefaults(container)
    let categoryId: string | null = null
    if (input.category_handle) {
      const products = container.resolve(Modules.PRODUCT)
      const [category] = await products.listProductCategories(
        { handle: input.category_handle, is_internal: false },
        { select: ["id"] }
      )
      if (!category) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `There is no category "${input.category_handle}"; use a handle from GET /store/product-categories or leave category_handle out.`
        )
      }
      categoryId = category.id
    }
    return new StepResponse<FoundListingDefaults>({
      ...defaults,
      category_id: categoryId,
    })
  }
)
