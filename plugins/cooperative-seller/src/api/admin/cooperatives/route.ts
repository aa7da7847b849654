import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import {
  type CooperativeProfile,
  PROFILE_FIELDS,
  REVIEW_FIELDS,
  withPlaceNames,
} from "../../utils/cooperative-profile"
import type { AdminGetCooperativesParamsType } from "./validators"

/** Applications and cooperatives for the operator, newest first, by status or name/handle. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { status, q, limit, offset } =
    req.validatedQuery as AdminGetCooperativesParamsType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = (await query.graph({
    entity: "cooperative",
    fields: [...PROFILE_FIELDS, ...REVIEW_FIELDS],
    filters: { ...(status ? { status } : {}), ...(q ? { q } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
  })) as { data: CooperativeProfile[]; metadata?: { count: number } }
  res.json({
    cooperatives: data.map((cooperative) =>
      withPlaceNames(req.scope, cooperative)
    ),
    count: metadata?.count ?? data.length,
    offset,
    limit,
  })
}
