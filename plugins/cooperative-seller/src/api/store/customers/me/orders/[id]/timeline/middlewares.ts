import type { MiddlewareRoute } from "@medusajs/framework/http"

import { SellerOrderParams } from "../../../../../../seller/orders/validators"
import { validateRequest } from "../../../../../../utils/validate-request"

// Medusa already requires a signed-in customer on every /store/customers/me route.
export const storeOrderTimelineMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/customers/me/orders/:id/timeline",
    middlewares: [validateRequest({ params: SellerOrderParams })],
  },
]
