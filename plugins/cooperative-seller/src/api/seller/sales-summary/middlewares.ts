import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import { SellerNoOrderQuery } from "../orders/validators"

export const sellerSalesSummaryMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/seller/sales-summary",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({ query: SellerNoOrderQuery }),
    ],
  },
]
