import {
  seedDemoOfficer,
  seedDemoOperator,
  seedDemoOrders,
  seedDemoProgrammes,
  seedDemoSeller,
  seedImpactHistory,
  seedMarketplace,
  STOREFRONT_KEY_TITLE,
} from "@cho-phien/seed"
import { reindexAll } from "@cho-phien/search/lib/sync"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * `medusa exec ./src/scripts/seed-demo.ts`: the demo marketplace. The catalogue is seeded once: a
 * database that already has the storefront's key keeps it. The demo logins, the demo seller's
 * orders, the officers' sales history and the programme tags are added to it either way, since
 * each is created only when missing; the search index is rebuilt at the end.
 */
export default async function seedDemo({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const apiKeys = container.resolve(Modules.API_KEY)
  const existing = await apiKeys.listApiKeys({
    title: STOREFRONT_KEY_TITLE,
    type: "publishable",
  })
  if (existing.length > 0) {
    logger.info("The demo catalogue is already there; it is left as it is.")
  } else {
    await seedMarketplace(container, { logger })
  }
  await seedDemoOperator(container, { logger })
  await seedDemoSeller(container, { logger })
  await seedDemoOfficer(container, { logger })
  await seedDemoOrders(container, { logger })
  await seedImpactHistory(container, { logger })
  await seedDemoProgrammes(container, { logger })
  // The seed writes products without waiting for the search subscribers: index them all now.
  const search = await reindexAll(container, ({ done, total }) => {
    if (done === total || done % 1000 === 0) {
      logger.info(`Search index: ${done}/${total} products read…`)
    }
  })
  logger.info(`Search index (${search.provider}): ${search.indexed} products.`)
}
