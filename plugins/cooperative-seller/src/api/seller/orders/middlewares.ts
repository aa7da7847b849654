import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import {
  SellerGetOrdersParams,
  SellerNoOrderQuery,
  SellerNoBody,
  SellerOrderParams,
} from "./validators"

const sellerAuth = authenticate("seller", ["bearer", "session"])

export const sellerOrderMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/seller/orders",
    middlewares: [
      sellerAuth,
      validateRequest({ query: SellerGetOrdersParams }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/seller/orders/:id",
    middlewares: [
      sellerAuth,
      validateRequest({ params: SellerOrderParams, query: SellerNoOrderQuery }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/seller/orders/:id/cod-collected",
    middlewares: [
      sellerAuth,
      validateRequest({
        params: SellerOrderParams,
        query: SellerNoOrderQuery,
        body: SellerNoBody,
      }),
    ],
  },
]
