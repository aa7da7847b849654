import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import {
  SellerCooperativeParams,
  SellerCreateCooperative,
  SellerNoQuery,
  SellerUpdateCooperative,
} from "./validators"

export const sellerCooperativeMiddlewares: MiddlewareRoute[] = [
  {
    // A registration token has no member yet: applying is what creates one.
    method: ["POST"],
    matcher: "/seller/cooperatives",
    middlewares: [
      authenticate("seller", ["bearer"], { allowUnregistered: true }),
      validateRequest({ query: SellerNoQuery, body: SellerCreateCooperative }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/seller/cooperatives/:id",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({
        params: SellerCooperativeParams,
        query: SellerNoQuery,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/seller/cooperatives/:id",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({
        params: SellerCooperativeParams,
        query: SellerNoQuery,
        body: SellerUpdateCooperative,
      }),
    ],
  },
]
