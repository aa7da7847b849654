import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { reindexAll } from "../lib/sync"

/**
 * Runs once per database after the search module's migration: indexes the products that were
 * there before search existed (later changes reach the index through the subscribers).
 */
export default async function searchInitialIndex({
  container,
}: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { indexed, provider } = await reindexAll(
    container,
    ({ done, total }) => {
      logger.info(`Search index: ${done}/${total} products read`)
    }
  )
  logger.info(`Search index (${provider}): ${indexed} products indexed.`)
}
