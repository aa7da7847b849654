import { allowFields, type MiddlewareRoute } from "@medusajs/framework/http"

import { hideInactiveFromList, hideInactiveProduct } from "./hide-inactive"
import { stripPrivateCooperativeFields } from "./strip-private-fields"

// Origin and cooperative through Medusa's own product routes, so a page needs one call:
// GET /store/products?fields=+cooperative.*,+origin.*,+origin.certifications.*
const ORIGIN_FIELDS = [
  "cooperative",
  "cooperative.*",
  "cooperative.id",
  "cooperative.name",
  "cooperative.handle",
  "origin",
  "origin.*",
  "origin.certifications",
  "origin.certifications.*",
]

export const storeProductMiddlewares: MiddlewareRoute[] = [
  {
    // No method: Medusa runs route-wide middlewares before its own query validation, which
    // reads the allowed fields.
    matcher: "/store/products",
    middlewares: [allowFields(ORIGIN_FIELDS), stripPrivateCooperativeFields],
  },
  {
    method: ["GET"],
    matcher: "/store/products",
    middlewares: [hideInactiveFromList],
  },
  {
    method: ["GET"],
    matcher: "/store/products/:id",
    middlewares: [hideInactiveProduct],
  },
]
