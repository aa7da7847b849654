import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"

import { searchProvider } from "../../../providers"
import type { SearchQuery } from "./validators"

/** GET /store/search: products matching what a buyer typed, with facets (SEARCH_API.md). */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { q, sort, limit, offset, ...filters } =
    req.validatedQuery as SearchQuery
  const result = await searchProvider(req.scope).search({
    q,
    filters,
    sort: sort ?? (q ? "relevance" : "newest"),
    limit,
    offset,
  })
  res.json({ ...result, limit, offset })
}
