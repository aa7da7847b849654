import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import {
  SellerAcceptInvite,
  SellerCreateInvite,
  SellerInviteParams,
  SellerNoQuery,
} from "./validators"

export const sellerInviteMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/seller/invites",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({ query: SellerNoQuery, body: SellerCreateInvite }),
    ],
  },
  {
    // Like applying: the invited person has a registration token, no member yet.
    method: ["POST"],
    matcher: "/seller/invites/accept",
    middlewares: [
      authenticate("seller", ["bearer"], { allowUnregistered: true }),
      validateRequest({ query: SellerNoQuery, body: SellerAcceptInvite }),
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/seller/invites/:id",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({ params: SellerInviteParams, query: SellerNoQuery }),
    ],
  },
]
