import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { listCooperativeProductIds } from "../../../../../lib/cooperative-products"
import { loadCooperativeProfile } from "../../../../utils/cooperative-profile"
import type { AdminGetCooperativeListingsParamsType } from "../../validators"

type Listing = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  created_at: string
}

/**
 * A cooperative's products for the operator, newest first; `status=proposed` gives the listings
 * waiting for approval.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const { status } = req.validatedQuery as AdminGetCooperativeListingsParamsType
  const { id } = await loadCooperativeProfile(req.scope, req.params.id ?? "")
  const productIds = await listCooperativeProductIds(req.scope, id)
  if (productIds.length === 0) {
    res.json({ listings: [] })
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "product",
    fields: ["id", "title", "handle", "status", "thumbnail", "created_at"],
    filters: { id: productIds, ...(status ? { status } : {}) },
    pagination: { order: { created_at: "DESC" } },
  })) as { data: Listing[] }
  res.json({ listings: data })
}
