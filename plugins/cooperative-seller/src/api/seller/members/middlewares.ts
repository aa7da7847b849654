import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import { SellerMemberParams, SellerNoQuery } from "../invites/validators"

export const sellerMemberMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/seller/members",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({ query: SellerNoQuery }),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/seller/members/:id",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({ params: SellerMemberParams, query: SellerNoQuery }),
    ],
  },
]
