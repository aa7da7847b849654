import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { MeilisearchProvider } from "./meilisearch/provider"
import { PostgresSearchProvider } from "./postgres"
import type { SearchProvider } from "./types"

/**
 * The provider the environment asks for: Meilisearch when MEILISEARCH_HOST is set (with
 * MEILISEARCH_API_KEY and MEILISEARCH_INDEX), otherwise PostgreSQL, on the same database as
 * everything else.
 */
export const searchProvider = (container: MedusaContainer): SearchProvider => {
  const host = process.env.MEILISEARCH_HOST
  if (host) {
    return new MeilisearchProvider({
      host,
      apiKey: process.env.MEILISEARCH_API_KEY || undefined,
      index: process.env.MEILISEARCH_INDEX || undefined,
    })
  }
  return new PostgresSearchProvider(
    container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  )
}

export type * from "./types"
