import {
  createWorkflow,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"

import type { MarketplaceSettings } from "../modules/cooperative/types"
import { updateMarketplaceSettingsStep } from "./steps/update-marketplace-settings"

/** The operator changes the marketplace's switches. */
export const updateMarketplaceSettingsWorkflow = createWorkflow(
  "update-marketplace-settings",
  (input: Partial<MarketplaceSettings>) => {
    const settings = updateMarketplaceSettingsStep(input)
    return new WorkflowResponse(
      transform({ settings }, ({ settings }) => ({
        listings_need_approval: settings.listings_need_approval,
      }))
    )
  }
)
