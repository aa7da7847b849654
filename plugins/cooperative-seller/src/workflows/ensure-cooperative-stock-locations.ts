import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  type WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"

import { COOPERATIVE_MODULE } from "../modules/cooperative"
import {
  ensureCooperativeShippingStep,
  findCooperativeStockLocationsStep,
} from "./steps"

export type EnsureCooperativeStockLocationsWorkflowInput = {
  cooperative_ids: string[]
}

/**
 * Gives each cooperative its own stock location unless it has one already: created in its
 * commune, linked to the cooperative and to the store's default sales channel (so the store counts
 * its stock as available); then its own shipping profile and courier delivery options on that
 * location (see `ensureCooperativeShippingStep`). Safe to run again; a failure later in the calling workflow deletes only
 * the locations and links made here. Returns cooperative id → stock location id.
 */
export const ensureCooperativeStockLocationsWorkflow = createWorkflow(
  "ensure-cooperative-stock-locations",
  (input: WorkflowData<EnsureCooperativeStockLocationsWorkflowInput>) => {
    const found = findCooperativeStockLocationsStep(input)
    const created = when(
      "cooperative-stock-locations-missing",
      { found },
      ({ found }) => found.missing.length > 0
    ).then(() => {
      const locations = createStockLocationsWorkflow.runAsStep({
        input: transform({ found }, ({ found }) => ({
          locations: found.missing.map((entry) => entry.location),
        })),
      })
      const links = transform(
        { found, locations },
        ({ found, locations }): LinkDefinition[] =>
          locations.flatMap((location, index): LinkDefinition[] => [
            {
              [COOPERATIVE_MODULE]: {
                cooperative_id: found.missing[index]?.cooperative_id,
              },
              [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
            },
            {
              [Modules.SALES_CHANNEL]: {
                sales_channel_id: found.sales_channel_id,
              },
              [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
            },
          ])
      )
      createRemoteLinkStep(links)
      return locations
    })
    const locations = transform({ found, created }, ({ found, created }) => {
      const ids: Record<string, string> = { ...found.existing }
      found.missing.forEach((entry, index) => {
        const location = created?.[index]
        if (location) {
          ids[entry.cooperative_id] = location.id
        }
      })
      return ids
    })
    ensureCooperativeShippingStep({ locations })
    return new WorkflowResponse(locations)
  }
)
