import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  VN_ADMIN_MODULE,
  type VnAdminModuleService,
} from "@cho-phien/cooperative-seller/modules/vn-admin"

import {
  PeriodError,
  resolvePeriods,
  type Period,
  type PeriodQuery,
} from "../lib/periods"
import type { ImpactScope } from "../lib/sql/impact-queries"
import { loadOfficer } from "./officer-auth"

export type ImpactContext = {
  db: Knex
  places: VnAdminModuleService
  scope: ImpactScope
  period: Period
  baseline: Period
}

/** The periods a query asks for; a bad one is a 400 with the rule it broke. */
export const periodsOf = (
  query: PeriodQuery
): { period: Period; baseline: Period } => {
  try {
    return resolvePeriods(query, new Date())
  } catch (error) {
    if (error instanceof PeriodError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, error.message)
    }
    throw error
  }
}

const forbidden = (what: string): MedusaError =>
  new MedusaError(
    MedusaError.Types.FORBIDDEN,
    `${what} is outside the provinces your officer account may read; ask the operator to add it.`
  )

/**
 * What an officer's request may read: their provinces (or the one asked for, if it is theirs), a
 * programme, a commune; and the periods.
 */
export const officerImpactContext = async (
  req: AuthenticatedMedusaRequest,
  query: PeriodQuery & {
    province?: string
    programme?: string
    commune?: string
  }
): Promise<ImpactContext> => {
  const officer = await loadOfficer(req)
  const places = req.scope.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  const allowed =
    officer.province_codes.length > 0 ? officer.province_codes : null
  let provinces = allowed
  if (query.province) {
    places.retrieveProvince(query.province)
    if (allowed && !allowed.includes(query.province)) {
      throw forbidden(`Province ${query.province}`)
    }
    provinces = [query.province]
  }
  if (query.commune) {
    const commune = places.retrieveCommune(query.commune)
    if (allowed && !allowed.includes(commune.province_code)) {
      throw forbidden(`${commune.full_name} (${commune.code})`)
    }
  }
  return {
    db: req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION),
    places,
    scope: {
      provinces,
      programme: query.programme ?? null,
      commune: query.commune ?? null,
    },
    ...periodsOf(query),
  }
}
