import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { productIdsForEvent, SYNC_EVENTS, syncProducts } from "../lib/sync"

/**
 * Keeps the search index in step with the shop: a product, variant, price, stock level,
 * reservation or cooperative change rebuilds the documents of the products it touches. It runs
 * after the change is saved (in the worker, in production), so nobody's save waits for it.
 */
export default async function syncSearchIndex({
  event,
  container,
}: SubscriberArgs<{ id?: string | string[] }>): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const raw = event.data?.id
  const ids = (Array.isArray(raw) ? raw : raw ? [raw] : []).filter(
    (id): id is string => typeof id === "string"
  )
  try {
    const products = await productIdsForEvent(container, event.name, ids)
    if (products.length > 0) {
      await syncProducts(container, products)
    }
  } catch (error) {
    logger.error(
      `Search index not updated after ${event.name} ${ids.join(", ")}: ${error instanceof Error ? error.message : String(error)}. \`npx medusa exec ./src/scripts/search-reindex.ts\` rebuilds it.`
    )
  }
}

export const config: SubscriberConfig = {
  event: Object.keys(SYNC_EVENTS),
  context: { subscriberId: "search-sync" },
}
