import type { MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import { StoreGetCatalogueParams } from "./validators"

export const storeCatalogueMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/catalogue",
    middlewares: [validateRequest({ query: StoreGetCatalogueParams })],
  },
]
