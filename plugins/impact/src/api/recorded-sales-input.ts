import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  COOPERATIVE_MODULE,
  type CooperativeModuleService,
} from "@cho-phien/cooperative-seller/modules/cooperative"

import { vietnamToday } from "../lib/periods"
import { FIRST_RECORDED_YEAR } from "../lib/recorded-sales-csv"

/** A month of recorded sales must be a past or current month, from 2015 on. */
export const checkMonth = (month: string): string | null => {
  const current = vietnamToday(new Date()).slice(0, 7)
  if (month > current) {
    return `${month} has not happened yet; recorded sales are for past months.`
  }
  if (month < `${FIRST_RECORDED_YEAR}-01`) {
    return `Recorded sales start in ${FIRST_RECORDED_YEAR}; ${month} is earlier.`
  }
  return null
}

type CooperativeRef = { id: string; handle: string; commune_code: string }

/** Cooperatives by id or handle (only those that exist). */
export const findCooperatives = async (
  req: AuthenticatedMedusaRequest,
  by: { id?: string[]; handle?: string[] }
): Promise<CooperativeRef[]> => {
  const ids = by.id ?? []
  const handles = by.handle ?? []
  if (ids.length === 0 && handles.length === 0) {
    return []
  }
  const service =
    req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const found = await service.listCooperatives(
    ids.length > 0 ? { id: ids } : { handle: handles },
    { select: ["id", "handle", "commune_code"] }
  )
  return found.map((c) => ({
    id: c.id,
    handle: c.handle,
    commune_code: c.commune_code,
  }))
}

export const invalid = (message: string): MedusaError =>
  new MedusaError(MedusaError.Types.INVALID_DATA, message)
