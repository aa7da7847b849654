import {
  createWorkflow,
  transform,
  when,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  batchInventoryItemLevelsWorkflow,
  updateProductsWorkflow,
  updateProductVariantsWorkflow,
} from "@medusajs/medusa/core-flows"

import type { SellerImage } from "../lib/seller-images"
import type { SellerPrice } from "./create-seller-product"
import { ensureCooperativeStockLocationsWorkflow } from "./ensure-cooperative-stock-locations"
import {
  findVariantInventoryStep,
  validateCooperativeActiveStep,
  validateCooperativeProductStep,
} from "./steps"
import { resolveListingStatusStep } from "./steps/resolve-listing-status"
import { updateOriginImagesStep } from "./steps/update-origin-images"

export type SellerProductChanges = {
  title?: string
  subtitle?: string | null
  description?: string | null
  status?: "draft" | "published"
  images?: SellerImage[]
  thumbnail?: string | null
  weight?: number
  length?: number
  width?: number
  height?: number
}

export type UpdateSellerProductWorkflowInput = {
  cooperative_id: string
  id: string
  changes: SellerProductChanges
  variants?: { id: string; prices?: SellerPrice[]; stock?: number }[]
}

/**
 * A cooperative changes one of its products: its fields through Medusa's product workflow, variant
 * prices through the variant workflow, stock through inventory levels at the cooperative's stock location.
 * Publishing needs an approved cooperative; a product or variant of another cooperative is not
 * found.
 */
export const updateSellerProductWorkflow = createWorkflow(
  "update-seller-product",
  (input: UpdateSellerProductWorkflowInput) => {
    validateCooperativeProductStep(
      transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
        product_id: input.id,
        variant_ids: (input.variants ?? []).map((variant) => variant.id),
      }))
    )
    when(
      "publishing",
      { input },
      ({ input }) => input.changes.status === "published"
    ).then(() => {
      validateCooperativeActiveStep(
        transform({ input }, ({ input }) => ({
          cooperative_id: input.cooperative_id,
        }))
      )
    })

    const status = resolveListingStatusStep(
      transform({ input }, ({ input }) => ({
        requested: input.changes.status,
        product_id: input.id,
      }))
    )
    when(
      "product-changed",
      { input },
      ({ input }) => Object.keys(input.changes).length > 0
    ).then(() => {
      updateProductsWorkflow.runAsStep({
        input: transform({ input, status }, ({ input, status }) => {
          const { images, ...changes } = input.changes
          return {
            products: [
              {
                id: input.id,
                ...changes,
                ...(images
                  ? { images: images.map(({ url }) => ({ url })) }
                  : {}),
                ...(status ? { status } : {}),
              },
            ],
          }
        }),
      })
    })

    when("images-changed", { input }, ({ input }) =>
      Boolean(input.changes.images)
    ).then(() => {
      updateOriginImagesStep(
        transform({ input }, ({ input }) => ({
          product_id: input.id,
          images: input.changes.images ?? [],
          title: input.changes.title,
        }))
      )
    })

    when("prices-changed", { input }, ({ input }) =>
      (input.variants ?? []).some((variant) => variant.prices !== undefined)
    ).then(() => {
      updateProductVariantsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          product_variants: (input.variants ?? []).flatMap((variant) =>
            variant.prices ? [{ id: variant.id, prices: variant.prices }] : []
          ),
        })),
      })
    })

    when("stock-changed", { input }, ({ input }) =>
      (input.variants ?? []).some((variant) => variant.stock !== undefined)
    ).then(() => {
      const locations = ensureCooperativeStockLocationsWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({
          cooperative_ids: [input.cooperative_id],
        })),
      })
      const locationId = transform(
        { input, locations },
        ({ input, locations }) => locations[input.cooperative_id] ?? ""
      )
      const inventory = findVariantInventoryStep(
        transform({ input, locationId }, ({ input, locationId }) => ({
          variant_ids: (input.variants ?? []).flatMap((variant) =>
            variant.stock !== undefined ? [variant.id] : []
          ),
          location_id: locationId,
        }))
      )
      batchInventoryItemLevelsWorkflow.runAsStep({
        input: transform(
          { input, locationId, inventory },
          ({ input, locationId, inventory }) => {
            const stock = new Map(
              (input.variants ?? []).map((v) => [v.id, v.stock ?? 0])
            )
            const level = (item: (typeof inventory)[number]) => ({
              inventory_item_id: item.inventory_item_id,
              location_id: locationId,
              stocked_quantity: stock.get(item.variant_id) ?? 0,
            })
            return {
              create: inventory.filter((i) => !i.level_id).map(level),
              update: inventory.flatMap((i) =>
                i.level_id ? [{ id: i.level_id, ...level(i) }] : []
              ),
            }
          }
        ),
      })
    })

    return new WorkflowResponse(transform({ input }, ({ input }) => input.id))
  }
)
