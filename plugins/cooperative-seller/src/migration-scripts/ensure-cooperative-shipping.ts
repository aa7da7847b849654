import type { ExecArgs } from "@medusajs/framework/types"

import { loadCooperativeStockLocationIds } from "../lib/listing-defaults"
import { COOPERATIVE_MODULE } from "../modules/cooperative"
import type CooperativeModuleService from "../modules/cooperative/service"
import { ensureCooperativeStockLocationsWorkflow } from "../workflows/ensure-cooperative-stock-locations"

/**
 * Once, on `medusa db:migrate`: cooperatives approved before checkout existed get their shipping
 * profile and courier options, and their products move onto that profile. A new database has no
 * cooperatives yet, so this does nothing there.
 */
export default async function ensureCooperativeShipping({
  container,
}: ExecArgs): Promise<void> {
  const service =
    container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const cooperatives = await service.listCooperatives({}, { select: ["id"] })
  const withLocation = Object.keys(
    await loadCooperativeStockLocationIds(
      container,
      cooperatives.map((cooperative) => cooperative.id)
    )
  )
  if (withLocation.length > 0) {
    await ensureCooperativeStockLocationsWorkflow(container).run({
      input: { cooperative_ids: withLocation },
    })
  }
}
