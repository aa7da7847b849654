import type {
  MedusaResponse,
  MedusaStoreRequest,
} from "@medusajs/framework/http"

import { searchProvider } from "../../../../providers"
import type { SuggestQuery } from "../validators"

const SUGGESTIONS = 6

/** GET /store/search/suggest: the best few products for what is typed so far. */
export const GET = async (req: MedusaStoreRequest, res: MedusaResponse) => {
  const { q } = req.validatedQuery as SuggestQuery
  res.json({
    suggestions: await searchProvider(req.scope).suggest(q, SUGGESTIONS),
  })
}
