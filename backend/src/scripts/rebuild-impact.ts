import { rebuildAllOrderSales } from "@cho-phien/impact/lib/sql/refresh"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * `npx medusa exec ./src/scripts/rebuild-impact.ts`: rebuilds the officers' summary of online
 * sales from every order (the subscribers keep it fresh; this is for repairs and imports).
 */
export default async function rebuildImpact({
  container,
}: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  logger.info("Rebuilding the sales summary from every order…")
  const counted = await rebuildAllOrderSales(
    container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  )
  logger.info(`Done: ${counted} orders count as sales.`)
}
