import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import { OFFICER_MODULE } from "../modules/officer"
import type OfficerModuleService from "../modules/officer/service"
import type { OfficerRecord } from "./officer-view"

/**
 * The officer behind an officer token, looked up on every request so that an officer the
 * operator removed loses access at once.
 */
export const loadOfficer = async (
  req: AuthenticatedMedusaRequest
): Promise<OfficerRecord> => {
  const actorId = req.auth_context?.actor_id
  const [officer] = actorId
    ? await req.scope
        .resolve<OfficerModuleService>(OFFICER_MODULE)
        .listOfficers({ id: actorId })
    : []
  if (!officer) {
    throw new MedusaError(
      MedusaError.Types.UNAUTHORIZED,
      "This account is not a programme officer's (any more); ask the operator."
    )
  }
  return officer
}
