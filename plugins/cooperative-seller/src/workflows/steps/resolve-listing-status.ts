import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"

export type ListingStatus = "draft" | "published" | "proposed"

export type ResolveListingStatusInput = {
  /** What the seller asked for; nothing when the change leaves the status alone. */
  requested?: "draft" | "published"
  /** The product being changed, when it exists already. */
  product_id?: string
}

/**
 * While the operator has "new listings need operator approval" on, a seller asking to publish a
 * product that is not published yet gets `proposed` instead: Medusa keeps proposed products out
 * of the store until the operator publishes them. A product already published stays published.
 */
export const resolveListingStatusStep = createStep(
  "resolve-listing-status",
  async (input: ResolveListingStatusInput, { container }) => {
    const requested: ListingStatus | undefined = input.requested
    if (requested !== "published") {
      return new StepResponse(requested)
    }
    const settings = await container
      .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
      .getMarketplaceSettings()
    if (!settings.listings_need_approval) {
      return new StepResponse(requested)
    }
    if (input.product_id) {
      const product = await container
        .resolve(Modules.PRODUCT)
        .retrieveProduct(input.product_id, { select: ["id", "status"] })
      if (product.status === "published") {
        return new StepResponse(requested)
      }
    }
    const proposed: ListingStatus = "proposed"
    return new StepResponse(proposed)
  }
)
