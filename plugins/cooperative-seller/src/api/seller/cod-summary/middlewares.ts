import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import { SellerGetCodSummaryParams } from "./validators"

export const sellerCodSummaryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/seller/cod-summary",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({ query: SellerGetCodSummaryParams }),
    ],
  },
]
