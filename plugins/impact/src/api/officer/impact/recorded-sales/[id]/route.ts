import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

import {
  IMPACT_MODULE,
  type ImpactModuleService,
} from "../../../../../modules/impact"
import { loadOfficer } from "../../../../officer-auth"

/** DELETE /officer/impact/recorded-sales/:id: within the officer's provinces only. */
export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const officer = await loadOfficer(req)
  const service = req.scope.resolve<ImpactModuleService>(IMPACT_MODULE)
  const id = req.params.id as string
  const [row] = await service.listRecordedSales({ id })
  // Another province's row is answered as missing: its existence is not this officer's business.
  if (
    !row ||
    (officer.province_codes.length > 0 &&
      !officer.province_codes.includes(row.province_code))
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no recorded sale ${id} in your provinces.`
    )
  }
  await service.softDeleteRecordedSales(id)
  res.json({ id, object: "recorded_sale", deleted: true })
}
