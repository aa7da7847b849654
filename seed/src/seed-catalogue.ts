import { createHash } from "node:crypto"

import type {
  CooperativeStatus,
  ImageSet,
} from "@cho-phien/cooperative-seller/modules/cooperative"
import {
  createCooperativesWorkflow,
  createProductOriginsWorkflow,
  ensureCooperativeStockLocationsWorkflow,
} from "@cho-phien/cooperative-seller/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  ProductStatus,
} from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"

import { CATEGORIES, COOPERATIVES, PRODUCTS } from "./catalogue"
import type {
  SeedCategory,
  SeedCooperative,
  SeedProduct,
} from "./catalogue/types"
import { CURRENCY_CODE } from "./constants"
import { uploadIllustrations } from "./images"
import type { Logger } from "./progress"

export type SeedCatalogueOptions = {
  logger: Logger
  salesChannelId: string
  shippingProfileId: string
  categories?: SeedCategory[]
  cooperatives?: SeedCooperative[]
  products?: SeedProduct[]
  /** Draw and store illustrations through the File module (the demo does; most tests need not). */
  images?: boolean
  /** Status per cooperative handle; `active` for the others. */
  statuses?: Record<string, CooperativeStatus>
}

export type SeededCatalogue = {
  cooperativeIds: Record<string, string>
  productIds: Record<string, string>
  /** Each cooperative's own stock location, by cooperative handle. */
  stockLocationIds: Record<string, string>
}

const THUMBNAIL_WIDTH = 640

/** A product's traceability code: its origin commune and a short digest of its handle. */
export const traceabilityCode = (communeCode: string, handle: string): string =>
  `CP-${communeCode}-${createHash("sha1")
    .update(handle)
    .digest("hex")
    .slice(0, 6)
    .toUpperCase()}`

const thumbnailOf = (image: ImageSet): string =>
  image.webp.find((source) => source.width >= THUMBNAIL_WIDTH)?.url ?? image.url

/**
 * The catalogue: categories, cooperatives with their certificates and their own stock locations,
 * products with prices, stock (at their cooperative's location), parcel sizes and origin stories,
 * and (optionally) illustrations. Idempotent: whatever already
 * exists (by handle) is left alone, so a seed stopped half-way can simply be run again.
 */
export const seedCatalogue = async (
  container: MedusaContainer,
  options: SeedCatalogueOptions
): Promise<SeededCatalogue> => {
  const categories = options.categories ?? CATEGORIES
  const cooperatives = options.cooperatives ?? COOPERATIVES
  const products = options.products ?? PRODUCTS
  const { logger } = options
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)

  // Categories
  const existingCategories = await productModule.listProductCategories(
    { handle: categories.map((c) => c.handle) },
    { select: ["id", "handle"] }
  )
  const categoryIds = new Map(existingCategories.map((c) => [c.handle, c.id]))
  const newCategories = categories.filter((c) => !categoryIds.has(c.handle))
  if (newCategories.length > 0) {
    logger.info(`  ${newCategories.length} categories…`)
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: newCategories.map((category, rank) => ({
          name: category.name_vi,
          handle: category.handle,
          description: category.description_vi,
          is_active: true,
          is_internal: false,
          rank,
          metadata: {
            name_en: category.name_en,
            description_en: category.description_en,
          },
        })),
      },
    })
    result.forEach((category) => categoryIds.set(category.handle, category.id))
  }

  // Cooperatives
  const { data: existingCooperatives } = (await query.graph({
    entity: "cooperative",
    fields: ["id", "handle", "certifications.id", "certifications.number"],
    filters: { handle: cooperatives.map((c) => c.handle) },
  })) as {
    data: {
      id: string
      handle: string
      certifications?: { id: string; number: string }[]
    }[]
  }
  const cooperativeIds = new Map(
    existingCooperatives.map((c) => [c.handle, c.id])
  )
  const certificateIds = new Map<string, string>()
  const certificateKey = (handle: string, number: string) =>
    `${handle}\u0000${number}`
  for (const cooperative of existingCooperatives) {
    for (const certificate of cooperative.certifications ?? []) {
      certificateIds.set(
        certificateKey(cooperative.handle, certificate.number),
        certificate.id
      )
    }
  }
  const newCooperatives = cooperatives.filter(
    (c) => !cooperativeIds.has(c.handle)
  )
  if (newCooperatives.length > 0) {
    const covers = options.images
      ? await uploadIllustrations(
          container,
          newCooperatives.map((c) => ({
            key: c.handle,
            spec: c.cover,
            alt_vi: `Tranh minh hoạ: ${c.cover.label}`,
            alt_en: `Illustration: ${c.name}`,
            aspect: 16 / 9,
          })),
          {
            onProgress: (done, total) =>
              logger.info(`  Drawing cooperative covers ${done}/${total}…`),
          }
        )
      : []
    logger.info(`  ${newCooperatives.length} cooperatives…`)
    const { result } = await createCooperativesWorkflow(container).run({
      input: {
        cooperatives: newCooperatives.map((c, index) => ({
          handle: c.handle,
          name: c.name,
          registration_number: c.registration_number,
          status: options.statuses?.[c.handle] ?? "active",
          commune_code: c.commune_code,
          address_line: c.address_line,
          phone: c.phone,
          email: c.email,
          founded_year: c.founded_year,
          ethnic_groups: c.ethnic_groups,
          households: c.households,
          story_vi: c.story_vi,
          story_en: c.story_en,
          commission_rate: c.commission_rate,
          cover_image: covers[index] ?? null,
          gallery: [],
          certifications: c.certifications.map((certificate) => ({
            type: certificate.type,
            number: certificate.number,
            ocop_stars: certificate.ocop_stars ?? null,
            issued_at: certificate.issued_at,
            expires_at: certificate.expires_at ?? null,
            issuer: certificate.issuer,
          })),
        })),
      },
    })
    const handleById = new Map<string, string>()
    for (const cooperative of result.cooperatives) {
      cooperativeIds.set(cooperative.handle, cooperative.id)
      handleById.set(cooperative.id, cooperative.handle)
    }
    for (const certificate of result.certifications) {
      const handle = handleById.get(certificate.cooperative_id) ?? ""
      certificateIds.set(
        certificateKey(handle, certificate.number),
        certificate.id
      )
    }
  }

  // Each cooperative's own stock location, in its commune and linked to the sales channel
  const { result: locationByCooperative } =
    await ensureCooperativeStockLocationsWorkflow(container).run({
      input: { cooperative_ids: [...cooperativeIds.values()] },
    })
  const stockLocationIds = new Map(
    [...cooperativeIds].flatMap(([handle, id]) => {
      const location = locationByCooperative[id]
      return location ? [[handle, location] as const] : []
    })
  )

  // Products
  const existingProducts = await productModule.listProducts(
    { handle: products.map((p) => p.handle) },
    { select: ["id", "handle"] }
  )
  const productIds = new Map(existingProducts.map((p) => [p.handle, p.id]))
  const newProducts = products.filter((p) => !productIds.has(p.handle))
  const cooperativeByHandle = new Map(cooperatives.map((c) => [c.handle, c]))
  if (newProducts.length > 0) {
    const pictures = options.images
      ? await uploadIllustrations(
          container,
          newProducts.map((p) => ({
            key: p.handle,
            spec: p.illustration,
            alt_vi: `Tranh minh hoạ: ${p.title}`,
            alt_en: `Illustration: ${p.title_en}`,
          })),
          {
            onProgress: (done, total) =>
              logger.info(`  Drawing product illustrations ${done}/${total}…`),
          }
        )
      : []
    logger.info(`  ${newProducts.length} products…`)
    const { result } = await createProductsWorkflow(container).run({
      input: {
        products: newProducts.map((product, index) => {
          const picture = pictures[index]
          const categoryId = categoryIds.get(product.category)
          return {
            title: product.title,
            subtitle: product.subtitle,
            handle: product.handle,
            description: product.description,
            status: ProductStatus.PUBLISHED,
            weight: product.variants[0]?.weight_grams,
            length: product.length_cm,
            width: product.width_cm,
            height: product.height_cm,
            origin_country: "vn",
            thumbnail: picture ? thumbnailOf(picture) : undefined,
            images: picture ? [{ url: picture.url }] : [],
            category_ids: categoryId ? [categoryId] : [],
            shipping_profile_id: options.shippingProfileId,
            sales_channels: [{ id: options.salesChannelId }],
            metadata: {
              title_en: product.title_en,
              subtitle_en: product.subtitle_en,
              description_en: product.description_en,
            },
            options: [
              {
                title: "Quy cách",
                values: product.variants.map((variant) => variant.title),
              },
            ],
            variants: product.variants.map((variant) => ({
              title: variant.title,
              sku: variant.sku,
              manage_inventory: true,
              weight: variant.weight_grams,
              // The parcel size couriers price by (charged weight is the greater of weight and
              // volume); the seed gives each pack its product's box.
              length: product.length_cm,
              width: product.width_cm,
              height: product.height_cm,
              options: { "Quy cách": variant.title },
              metadata: { title_en: variant.title_en },
              prices: [{ amount: variant.price, currency_code: CURRENCY_CODE }],
            })),
          }
        }),
      },
    })
    result.forEach((product) => productIds.set(product.handle, product.id))

    logger.info("  Origin stories and traceability codes…")
    await createProductOriginsWorkflow(container).run({
      input: {
        origins: newProducts.map((product, index) => {
          const owner = cooperativeByHandle.get(product.cooperative)
          const cooperativeId = cooperativeIds.get(product.cooperative)
          if (!owner || !cooperativeId) {
            throw new Error(
              `Product ${product.handle} names the cooperative ${product.cooperative}, which is not in the seed.`
            )
          }
          const picture = pictures[index]
          return {
            product_id: productIds.get(product.handle) ?? "",
            cooperative_id: cooperativeId,
            commune_code: product.origin.commune_code,
            ethnic_group: product.origin.ethnic_group,
            harvest_months: product.origin.harvest_months,
            story_vi: product.origin.story_vi,
            story_en: product.origin.story_en,
            producer_quote_vi: product.origin.producer_quote_vi ?? null,
            producer_quote_en: product.origin.producer_quote_en ?? null,
            producer_name: product.origin.producer_name ?? null,
            traceability_code: traceabilityCode(
              product.origin.commune_code,
              product.handle
            ),
            images: picture ? [picture] : [],
            certification_ids: product.origin.certifications.flatMap((key) => {
              const certificate = owner.certifications.find(
                (c) => c.key === key
              )
              const id = certificate
                ? certificateIds.get(
                    certificateKey(owner.handle, certificate.number)
                  )
                : undefined
              return id ? [id] : []
            }),
          }
        }),
      },
    })

    logger.info("  Stocking each cooperative's store…")
    const stockBySku = new Map(
      newProducts.flatMap((product) =>
        product.variants.map((v) => [v.sku, v.stock] as const)
      )
    )
    const locationBySku = new Map(
      newProducts.flatMap((product) =>
        product.variants.map(
          (v) => [v.sku, stockLocationIds.get(product.cooperative)] as const
        )
      )
    )
    const { data: inventoryItems } = await query.graph({
      entity: "inventory_item",
      fields: ["id", "sku"],
      filters: { sku: [...stockBySku.keys()] },
    })
    await createInventoryLevelsWorkflow(container).run({
      input: {
        inventory_levels: inventoryItems.map(
          (item: { id: string; sku?: string | null }) => ({
            location_id: locationBySku.get(item.sku ?? "") ?? "",
            inventory_item_id: item.id,
            stocked_quantity: stockBySku.get(item.sku ?? "") ?? 0,
          })
        ),
      },
    })
  }

  // Now that products belong to their cooperatives, the same workflow moves each onto its
  // cooperative's shipping profile, whose courier options price its parcels.
  await ensureCooperativeStockLocationsWorkflow(container).run({
    input: { cooperative_ids: [...cooperativeIds.values()] },
  })

  return {
    cooperativeIds: Object.fromEntries(cooperativeIds),
    productIds: Object.fromEntries(productIds),
    stockLocationIds: Object.fromEntries(stockLocationIds),
  }
}
