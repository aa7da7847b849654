import { defineMiddlewares } from "@medusajs/framework/http"
import { validateRequest } from "@cho-phien/cooperative-seller/api/utils/validate-request"

import { SearchQuery, SuggestQuery } from "./store/search/validators"

export default defineMiddlewares({
  routes: [
    {
      method: ["GET"],
      matcher: "/store/search",
      middlewares: [validateRequest({ query: SearchQuery })],
    },
    {
      method: ["GET"],
      matcher: "/store/search/suggest",
      middlewares: [validateRequest({ query: SuggestQuery })],
    },
  ],
})
