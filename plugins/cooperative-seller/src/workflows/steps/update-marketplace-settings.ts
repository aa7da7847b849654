import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import type { MarketplaceSettings } from "../../modules/cooperative/types"

type Previous = { id: string; created: boolean } & MarketplaceSettings

/**
 * Writes the marketplace's switches, creating their one row the first time. Compensation writes
 * back what was there, or removes the row it created.
 */
export const updateMarketplaceSettingsStep = createStep(
  "update-marketplace-settings",
  async (changes: Partial<MarketplaceSettings>, { container }) => {
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const current = await service.getMarketplaceSettings()
    if (!current.id) {
      const created = await service.createMarketplaceSettings(changes)
      const previous: Previous = {
        id: created.id,
        created: true,
        listings_need_approval: current.listings_need_approval,
      }
      return new StepResponse(await service.getMarketplaceSettings(), previous)
    }
    await service.updateMarketplaceSettings({ id: current.id, ...changes })
    const previous: Previous = {
      id: current.id,
      created: false,
      listings_need_approval: current.listings_need_approval,
    }
    return new StepResponse(await service.getMarketplaceSettings(), previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    if (previous.created) {
      await service.deleteMarketplaceSettings([previous.id])
      return
    }
    await service.updateMarketplaceSettings({
      id: previous.id,
      listings_need_approval: previous.listings_need_approval,
    })
  }
)
