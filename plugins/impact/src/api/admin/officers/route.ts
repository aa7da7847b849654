import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { OFFICER_MODULE } from "../../../modules/officer"
import type OfficerModuleService from "../../../modules/officer/service"
import { createOfficerWorkflow } from "../../../workflows/create-officer"
import { checkProvinceCodes, listProvinceChoices } from "../../provinces"
import { presentOfficer } from "../../officer-view"
import type { AdminCreateOfficerBody } from "./validators"

/**
 * GET /admin/officers: every programme officer, newest first, and the 34 provinces an officer
 * can be given (for the admin's form).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const service = req.scope.resolve<OfficerModuleService>(OFFICER_MODULE)
  const officers = await service.listOfficers(
    {},
    { order: { created_at: "DESC" }, take: 500 }
  )
  res.json({
    officers: officers.map((o) => presentOfficer(req.scope, o)),
    provinces: listProvinceChoices(req.scope),
  })
}

/** POST /admin/officers: the operator makes an officer's account. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateOfficerBody>,
  res: MedusaResponse
) => {
  const body = req.validatedBody
  const provinceCodes = checkProvinceCodes(req.scope, body.province_codes)
  const { result } = await createOfficerWorkflow(req.scope).run({
    input: { ...body, province_codes: provinceCodes },
  })
  res.status(201).json({ officer: presentOfficer(req.scope, result) })
}
