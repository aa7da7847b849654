import { reindexAll } from "@cho-phien/search/lib/sync"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * `npx medusa exec ./src/scripts/search-reindex.ts` (or `npm run search:reindex -w backend`):
 * rebuilds every search document with the configured provider (PostgreSQL, or Meilisearch when
 * MEILISEARCH_HOST is set), showing its progress. The subscribers keep the index fresh; this is
 * for a new provider, a changed document shape or a repair.
 */
export default async function searchReindex({
  container,
}: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const started = Date.now()
  const result = await reindexAll(container, ({ done, total, indexed }) => {
    const pct = total === 0 ? 100 : Math.round((done / total) * 100)
    logger.info(
      `Search index: ${done}/${total} products read (${pct} %), ${indexed} indexed…`
    )
  })
  logger.info(
    `Search index (${result.provider}) rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: ${result.indexed} products indexed, ${result.removed} stale documents removed.`
  )
}
