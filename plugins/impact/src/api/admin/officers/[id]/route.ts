import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { OFFICER_MODULE } from "../../../../modules/officer"
import type OfficerModuleService from "../../../../modules/officer/service"
import { checkProvinceCodes } from "../../../provinces"
import { presentOfficer } from "../../../officer-view"
import type { AdminUpdateOfficerBody } from "../validators"

const load = async (req: AuthenticatedMedusaRequest) => {
  const service = req.scope.resolve<OfficerModuleService>(OFFICER_MODULE)
  const [officer] = await service.listOfficers({ id: req.params.id })
  if (!officer) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no officer with id ${req.params.id}.`
    )
  }
  return officer
}

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.json({ officer: presentOfficer(req.scope, await load(req)) })
}

/** POST /admin/officers/:id: rename, or change the provinces the officer may read. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateOfficerBody>,
  res: MedusaResponse
) => {
  const officer = await load(req)
  const body = req.validatedBody
  const service = req.scope.resolve<OfficerModuleService>(OFFICER_MODULE)
  const updated = await service.updateOfficers({
    id: officer.id,
    ...(body.name ? { name: body.name } : {}),
    ...(body.province_codes
      ? { province_codes: checkProvinceCodes(req.scope, body.province_codes) }
      : {}),
  })
  res.json({ officer: presentOfficer(req.scope, updated) })
}

/** DELETE /admin/officers/:id: the officer's access ends at once. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const officer = await load(req)
  await req.scope
    .resolve<OfficerModuleService>(OFFICER_MODULE)
    .deleteOfficers(officer.id)
  res.json({ id: officer.id, object: "officer", deleted: true })
}
