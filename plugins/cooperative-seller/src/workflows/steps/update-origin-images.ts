import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { type SellerImage, toImageSets } from "../../lib/seller-images"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { ImageSet } from "../../modules/cooperative/types"

type Previous = { id: string; images: ImageSet[] | null }

/**
 * Replaces the pictures on a product's origin (what the store shows) with the seller's photos that
 * have renditions; compensation puts the previous ones back.
 */
export const updateOriginImagesStep = createStep(
  "update-origin-images",
  async (
    input: { product_id: string; images: SellerImage[]; title?: string },
    { container }
  ) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = (await query.graph({
      entity: "product",
      fields: ["title", "origin.id", "origin.images"],
      filters: { id: input.product_id },
    })) as {
      data: { title: string; origin?: Previous | null }[]
    }
    const origin = product?.origin
    if (!product || !origin) {
      return new StepResponse(undefined, undefined)
    }
    // The pictures' alt text is the product's title (the one being saved, or the current one).
    const title = input.title || product.title
    await service.setOriginImages(origin.id, toImageSets(input.images, title))
    return new StepResponse(undefined, origin)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    await service.setOriginImages(previous.id, previous.images)
  }
)
