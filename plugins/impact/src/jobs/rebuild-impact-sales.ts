import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { rebuildAllOrderSales } from "../lib/sql/refresh"

/**
 * Every night, the summary of online sales is rebuilt from Medusa's tables, so that an event
 * missed while the server was down or a refresh that failed is caught up by morning.
 */
export default async function rebuildImpactSales(
  container: MedusaContainer
): Promise<void> {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const counted = await rebuildAllOrderSales(db)
  logger.info(`Sales summary rebuilt: ${counted} orders count as sales.`)
}

export const config = {
  name: "rebuild-impact-sales",
  // 03:10 in Vietnam (20:10 UTC), when the shop is quiet.
  schedule: "10 20 * * *",
}
