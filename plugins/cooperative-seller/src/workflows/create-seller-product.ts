import { createHash } from "node:crypto"

import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  batchInventoryItemLevelsWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"

import { type SellerImage, toImageSets } from "../lib/seller-images"
import { createProductOriginsWorkflow } from "./create-product-origins"
import { ensureCooperativeStockLocationsWorkflow } from "./ensure-cooperative-stock-locations"
import {
  findListingDefaultsStep,
  findVariantInventoryStep,
  validateCooperativeActiveStep,
} from "./steps"
import { resolveListingStatusStep } from "./steps/resolve-listing-status"

/** The option a product gets when the seller lists none: one value per variant. */
export const DEFAULT_OPTION_TITLE = "Quy cách"

export type SellerPrice = { amount: number; currency_code: string }

export type SellerVariantInput = {
  title: string
  sku?: string
  options?: Record<string, string>
  prices: SellerPrice[]
  manage_inventory: boolean
  stock?: number
}

export type SellerOriginInput = {
  commune_code: string
  ethnic_group: string
  harvest_months: number[]
  story_vi: string
  story_en: string
  producer_quote_vi?: string | null
  producer_quote_en?: string | null
  producer_name?: string | null
}

export type CreateSellerProductWorkflowInput = {
  cooperative_id: string
  product: {
    title: string
    subtitle?: string
    description?: string
    handle?: string
    status: "draft" | "published"
    images?: SellerImage[]
    thumbnail?: string
    weight?: number
    length?: number
    width?: number
    height?: number
    options?: { title: string; values: string[] }[]
    variants: SellerVariantInput[]
  }
  origin: SellerOriginInput
  category_handle?: string
}

/** A traceability code for a seller's product: its origin commune and a digest of its id. */
const traceabilityCode = (communeCode: string, productId: string): string =>
  `CP-${communeCode}-${createHash("sha1")
    .update(productId)
    .digest("hex")
    .slice(0, 8)
    .toUpperCase()}`

/**
 * A cooperative lists a product: Medusa creates it in the store's sales channel, the product gets
 * its origin and its links to origin and cooperative, and each tracked variant gets its stock at
 * the cooperative's own stock location. Each part is undone if a later one fails.
 */
export const createSellerProductWorkflow = createWorkflow(
  "create-seller-product",
  (input: CreateSellerProductWorkflowInput) => {
    validateCooperativeActiveStep(
      transform({ input }, ({ input }) => ({
        cooperative_id: input.cooperative_id,
      }))
    )
    const defaults = findListingDefaultsStep(
      transform({ input }, ({ input }) => ({
        category_handle: input.category_handle,
      }))
    )
    const status = resolveListingStatusStep(
      transform({ input }, ({ input }) => ({ requested: input.product.status }))
    )
    const productData = transform(
      { input, defaults, status },
      ({ input, defaults, status }) => {
        const { variants, options, images, ...fields } = input.product
        return [
          {
            ...fields,
            ...(images ? { images: images.map(({ url }) => ({ url })) } : {}),
            status: status ?? fields.status,
            origin_country: "vn",
            shipping_profile_id: defaults.shipping_profile_id,
            sales_channels: [{ id: defaults.sales_channel_id }],
            category_ids: defaults.category_id ? [defaults.category_id] : [],
            options: options ?? [
              {
                title: DEFAULT_OPTION_TITLE,
                values: variants.map((variant) => variant.title),
              },
            ],
            // The rank keeps the variants in the order the seller listed them.
            variants: variants.map(({ stock: _stock, ...variant }, rank) => ({
              ...variant,
              variant_rank: rank,
              options: variant.options ?? {
                [DEFAULT_OPTION_TITLE]: variant.title,
              },
            })),
          },
        ]
      }
    )
    const products = createProductsWorkflow.runAsStep({
      input: { products: productData },
    })
    const product = transform({ products }, ({ products }) => {
      const [created] = products
      if (!created) {
        throw new Error("Medusa created no product.")
      }
      return created
    })

    createProductOriginsWorkflow.runAsStep({
      input: transform({ input, product }, ({ input, product }) => ({
        origins: [
          {
            ...input.origin,
            product_id: product.id,
            cooperative_id: input.cooperative_id,
            traceability_code: traceabilityCode(
              input.origin.commune_code,
              product.id
            ),
            images: toImageSets(
              input.product.images ?? [],
              input.product.title
            ),
          },
        ],
      })),
    })

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
      transform({ product, locationId }, ({ product, locationId }) => ({
        variant_ids: (product.variants ?? []).map((variant) => variant.id),
        location_id: locationId,
      }))
    )
    batchInventoryItemLevelsWorkflow.runAsStep({
      input: transform(
        { input, product, locationId, inventory },
        ({ input, product, locationId, inventory }) => {
          const stockByTitle = new Map(
            input.product.variants.map((v) => [v.title, v.stock ?? 0])
          )
          const titleById = new Map(
            (product.variants ?? []).map((v) => [v.id, v.title])
          )
          return {
            create: inventory.map((item) => ({
              inventory_item_id: item.inventory_item_id,
              location_id: locationId,
              stocked_quantity:
                stockByTitle.get(titleById.get(item.variant_id) ?? "") ?? 0,
            })),
          }
        }
      ),
    })

    return new WorkflowResponse(product)
  }
)
