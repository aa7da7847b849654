import type { MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import { AdminNoQuery, AdminUpdateMarketplaceSettings } from "./validators"

// Medusa already requires an operator (a `user` actor) on every /admin route.
export const adminMarketplaceSettingsMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/marketplace-settings",
    middlewares: [validateRequest({ query: AdminNoQuery })],
  },
  {
    method: ["POST"],
    matcher: "/admin/marketplace-settings",
    middlewares: [
      validateRequest({
        query: AdminNoQuery,
        body: AdminUpdateMarketplaceSettings,
      }),
    ],
  },
]
