import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import { SellerNoQuery } from "../cooperatives/validators"

export const sellerMeMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/seller/me",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({ query: SellerNoQuery }),
    ],
  },
]
