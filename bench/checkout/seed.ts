/**
 * `medusa exec ../bench/checkout/seed.ts <stock>`, run by `npm run bench:checkout` on its own
 * throwaway database: the demo seed (as backend/src/scripts/seed-demo.ts does it) without the
 * illustrations, which a checkout never loads, then every stock level raised to at least <stock>
 * units so that stock is not what the benchmark measures.
 */
import {
  seedDemoOperator,
  seedDemoOrders,
  seedDemoSeller,
  seedMarketplace,
} from "@cho-phien/seed"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

export default async function seedForCheckoutBench({
  container,
  args,
}: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const stock = Number(args[0] ?? "100000")
  if (!Number.isInteger(stock) || stock < 1) {
    throw new Error(
      `The stock to give each variant must be a positive whole number, not "${args[0]}".`
    )
  }

  await seedMarketplace(container, { logger, images: false })
  await seedDemoOperator(container, { logger })
  await seedDemoSeller(container, { logger })
  await seedDemoOrders(container, { logger })

  const inventory = container.resolve(Modules.INVENTORY)
  const levels = await inventory.listInventoryLevels({}, { take: null })
  await inventory.updateInventoryLevels(
    levels.map((level) => ({
      inventory_item_id: level.inventory_item_id,
      location_id: level.location_id,
      stocked_quantity: Math.max(
        Number(level.stocked_quantity),
        Number(level.reserved_quantity) + stock
      ),
    }))
  )
  logger.info(
    `[bench] Stock raised to ${stock} units available at ${levels.length} stock levels.`
  )
}
