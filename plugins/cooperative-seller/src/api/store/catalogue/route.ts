import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"

import {
  loadVisibleCatalogue,
  queryCatalogue,
} from "../../utils/catalogue/load-catalogue"
import { assertKnownProvince } from "../../utils/catalogue/known-province"
import type { StoreGetCatalogueParamsType } from "./validators"

/** The catalogue: products of active cooperatives, filtered, sorted and paged, with facets. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { sort, limit, offset, ...filters } =
    req.validatedQuery as StoreGetCatalogueParamsType
  if (filters.province) {
    assertKnownProvince(req.scope, filters.province)
  }
  const products = await loadVisibleCatalogue(req.scope, {
    salesChannelIds: req.publishable_key_context.sales_channel_ids,
  })
  res.json(queryCatalogue(products, filters, { sort, limit, offset }))
}
