import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { searchProvider } from "../providers"
import type { SearchProvider } from "../providers/types"
import { buildDocuments } from "./documents"

const CHUNK = 200

/**
 * The products an event is about. Product events name the product; a variant, a price, a stock
 * level or a reservation is traced to its product through Medusa's link tables; a cooperative
 * event covers all its products.
 */
const PRODUCTS_OF: Record<string, string> = {
  variant: `select product_id from product_variant where id = any(?)`,
  price: `select v.product_id from price p
    join product_variant_price_set l on l.price_set_id = p.price_set_id
    join product_variant v on v.id = l.variant_id
    where p.id = any(?)`,
  level: `select v.product_id from inventory_level il
    join product_variant_inventory_item l on l.inventory_item_id = il.inventory_item_id
    join product_variant v on v.id = l.variant_id
    where il.id = any(?)`,
  reservation: `select v.product_id from reservation_item r
    join product_variant_inventory_item l on l.inventory_item_id = r.inventory_item_id
    join product_variant v on v.id = l.variant_id
    where r.id = any(?)`,
  cooperative: `select product_id from product_product_cooperative_cooperative
    where cooperative_id = any(?) and deleted_at is null`,
}

export const SYNC_EVENTS: Record<string, keyof typeof PRODUCTS_OF | "product"> =
  {
    "product.created": "product",
    "product.updated": "product",
    "product.deleted": "product",
    "product-variant.created": "variant",
    "product-variant.updated": "variant",
    "product-variant.deleted": "variant",
    "pricing.price.created": "price",
    "pricing.price.updated": "price",
    "inventory.inventory-level.created": "level",
    "inventory.inventory-level.updated": "level",
    "inventory.inventory-level.deleted": "level",
    "inventory.reservation-item.created": "reservation",
    "inventory.reservation-item.updated": "reservation",
    "inventory.reservation-item.deleted": "reservation",
    "cooperative.updated": "cooperative",
  }

export const productIdsForEvent = async (
  container: MedusaContainer,
  event: string,
  ids: string[]
): Promise<string[]> => {
  const kind = SYNC_EVENTS[event]
  if (!kind || ids.length === 0) {
    return []
  }
  if (kind === "product") {
    return ids
  }
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const result = await db.raw<{ rows: { product_id: string }[] }>(
    PRODUCTS_OF[kind] as string,
    [ids]
  )
  return [...new Set(result.rows.map((row) => row.product_id))]
}

/** Rebuilds these products' documents: visible ones are written, the others removed. */
export const syncProducts = async (
  container: MedusaContainer,
  productIds: string[],
  provider: SearchProvider = searchProvider(container)
): Promise<{ indexed: number; removed: number }> => {
  let indexed = 0
  let removed = 0
  for (let i = 0; i < productIds.length; i += CHUNK) {
    const { documents, hidden } = await buildDocuments(
      container,
      productIds.slice(i, i + CHUNK)
    )
    await provider.upsert(documents)
    await provider.remove(hidden)
    indexed += documents.length
    removed += hidden.length
  }
  return { indexed, removed }
}

export type ReindexProgress = { done: number; total: number; indexed: number }

/**
 * Every product again, in chunks, then whatever the index holds that is no longer a product
 * buyers may see is dropped. Reports progress after each chunk.
 */
export const reindexAll = async (
  container: MedusaContainer,
  onProgress: (progress: ReindexProgress) => void = () => undefined
): Promise<{ indexed: number; removed: number; provider: string }> => {
  const provider = searchProvider(container)
  await provider.setup()
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const all = await db.raw<{ rows: { id: string }[] }>(
    `select id from product where deleted_at is null order by id`
  )
  const ids = all.rows.map((row) => row.id)
  let indexed = 0
  const visible: string[] = []
  for (let i = 0; i < ids.length; i += CHUNK) {
    const { documents, hidden } = await buildDocuments(
      container,
      ids.slice(i, i + CHUNK)
    )
    await provider.upsert(documents)
    await provider.remove(hidden)
    visible.push(...documents.map((d) => d.id))
    indexed += documents.length
    onProgress({
      done: Math.min(i + CHUNK, ids.length),
      total: ids.length,
      indexed,
    })
  }
  const removed = await provider.retainOnly(visible)
  return { indexed, removed, provider: provider.name }
}
