import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import { updateMarketplaceSettingsWorkflow } from "../../../workflows/update-marketplace-settings"
import type { AdminUpdateMarketplaceSettingsType } from "./validators"

/** The marketplace's switches; all off until the operator turns one on. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { listings_need_approval } = await req.scope
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .getMarketplaceSettings()
  res.json({ settings: { listings_need_approval } })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateMarketplaceSettingsType>,
  res: MedusaResponse
) => {
  const { result } = await updateMarketplaceSettingsWorkflow(req.scope).run({
    input: req.validatedBody,
  })
  res.json({ settings: result })
}
