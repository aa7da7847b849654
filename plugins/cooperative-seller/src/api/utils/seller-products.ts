import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import type { ImageSet } from "../../modules/cooperative/types"
import { listCooperativeProductIds } from "../../lib/cooperative-products"
import { loadCooperativeStockLocationIds } from "../../lib/listing-defaults"

const PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "weight",
  "length",
  "width",
  "height",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "options.id",
  "options.title",
  "options.values.value",
  "categories.handle",
  "variants.id",
  "variants.variant_rank",
  "variants.created_at",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.options.value",
  "variants.options.option.title",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "origin.commune_code",
  "origin.province_code",
  "origin.ethnic_group",
  "origin.harvest_months",
  "origin.story_vi",
  "origin.story_en",
  "origin.producer_quote_vi",
  "origin.producer_quote_en",
  "origin.producer_name",
  "origin.traceability_code",
  "origin.images",
]

type ProductRow = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  status: string
  thumbnail: string | null
  weight: number | null
  length: number | null
  width: number | null
  height: number | null
  created_at: Date | string
  updated_at: Date | string
  images?: { id: string; url: string }[]
  options?: { id: string; title: string; values?: { value: string }[] }[]
  categories?: { handle: string }[]
  variants?: {
    id: string
    variant_rank?: number | null
    created_at?: Date | string
    title: string
    sku: string | null
    manage_inventory: boolean
    options?: { value: string; option?: { title: string } | null }[]
    prices?: { amount: number; currency_code: string }[]
    inventory_items?: {
      inventory?: {
        location_levels?: { location_id: string; stocked_quantity: number }[]
      } | null
    }[]
  }[]
  origin?: Record<string, unknown> | null
}

const iso = (value: Date | string): string => new Date(value).toISOString()

/**
 * The product's photos, each with the WebP and AVIF renditions the store shows for it (kept on
 * the origin), so that a form can send them back unchanged.
 */
const withRenditions = (product: ProductRow) => {
  const sets = new Map(
    (Array.isArray(product.origin?.images)
      ? (product.origin.images as ImageSet[])
      : []
    ).map((set) => [set.url, set])
  )
  return (product.images ?? []).map(({ id, url }) => {
    const set = sets.get(url)
    return set
      ? {
          id,
          url,
          width: set.width,
          height: set.height,
          webp: set.webp,
          avif: set.avif,
        }
      : { id, url }
  })
}

/** Variants in the order they were listed (Medusa's rank, then creation), never the database's. */
const inOrder = <
  V extends {
    id: string
    variant_rank?: number | null
    created_at?: Date | string
  },
>(
  variants: V[]
): V[] =>
  [...variants].sort(
    (a, b) =>
      (a.variant_rank ?? 0) - (b.variant_rank ?? 0) ||
      new Date(a.created_at ?? 0).getTime() -
        new Date(b.created_at ?? 0).getTime() ||
      a.id.localeCompare(b.id)
  )

const withoutImages = (origin: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(origin).filter(([key]) => key !== "images"))

/** A product as its cooperative sees it: prices in đồng and stock at its own stock location. */
const present = (product: ProductRow, stockLocationId: string | null) => ({
  id: product.id,
  title: product.title,
  subtitle: product.subtitle,
  description: product.description,
  handle: product.handle,
  status: product.status,
  thumbnail: product.thumbnail,
  weight: product.weight,
  length: product.length,
  width: product.width,
  height: product.height,
  category_handle: product.categories?.[0]?.handle ?? null,
  images: withRenditions(product),
  options: (product.options ?? []).map((option) => ({
    id: option.id,
    title: option.title,
    values: (option.values ?? []).map((value) => value.value),
  })),
  variants: inOrder(product.variants ?? []).map((variant) => {
    const [item] = variant.inventory_items ?? []
    const level = item?.inventory?.location_levels?.find(
      (l) => l.location_id === stockLocationId
    )
    return {
      id: variant.id,
      title: variant.title,
      sku: variant.sku,
      manage_inventory: variant.manage_inventory,
      options: Object.fromEntries(
        (variant.options ?? []).map((o) => [o.option?.title ?? "", o.value])
      ),
      prices: (variant.prices ?? [])
        .filter((price) => price.currency_code === "vnd")
        .map((price) => ({
          amount: Number(price.amount),
          currency_code: price.currency_code,
        })),
      inventory_quantity: variant.manage_inventory
        ? Number(level?.stocked_quantity ?? 0)
        : null,
    }
  }),
  origin: product.origin ? withoutImages(product.origin) : null,
  created_at: iso(product.created_at),
  updated_at: iso(product.updated_at),
})

export type SellerProduct = ReturnType<typeof present>

const loadStockLocationId = async (
  scope: MedusaContainer,
  cooperativeId: string
): Promise<string | null> =>
  (await loadCooperativeStockLocationIds(scope, [cooperativeId]))[
    cooperativeId
  ] ?? null

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, "\\$&")

/** A page of the cooperative's own products, newest first, optionally by title. */
export const listSellerProducts = async (
  scope: MedusaContainer,
  cooperativeId: string,
  page: { limit: number; offset: number; q?: string }
): Promise<{ products: SellerProduct[]; count: number }> => {
  const ids = await listCooperativeProductIds(scope, cooperativeId)
  if (ids.length === 0) {
    return { products: [], count: 0 }
  }
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const stockLocationId = await loadStockLocationId(scope, cooperativeId)
  const { data, metadata } = (await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: {
      id: ids,
      ...(page.q ? { title: { $ilike: `%${escapeLike(page.q)}%` } } : {}),
    },
    pagination: {
      skip: page.offset,
      take: page.limit,
      order: { created_at: "DESC", id: "ASC" },
    },
  })) as { data: ProductRow[]; metadata?: { count: number } }
  return {
    products: data.map((product) => present(product, stockLocationId)),
    count: metadata?.count ?? data.length,
  }
}

/** One of the cooperative's products; any other id is not found. */
export const loadSellerProduct = async (
  scope: MedusaContainer,
  cooperativeId: string,
  productId: string
): Promise<SellerProduct> => {
  const [owned] = await listCooperativeProductIds(scope, cooperativeId, [
    productId,
  ])
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = owned
    ? ((await query.graph({
        entity: "product",
        fields: PRODUCT_FIELDS,
        filters: { id: owned },
      })) as { data: ProductRow[] })
    : { data: [] }
  const [product] = data
  if (!product) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no product with id ${productId}.`
    )
  }
  return present(product, await loadStockLocationId(scope, cooperativeId))
}
