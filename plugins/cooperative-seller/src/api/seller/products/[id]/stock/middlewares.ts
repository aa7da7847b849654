import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../../../utils/validate-request"
import { SellerNoProductQuery, SellerProductParams } from "../../validators"
import { SellerUpdateStock } from "./validators"

export const sellerProductStockMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/seller/products/:id/stock",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({
        params: SellerProductParams,
        query: SellerNoProductQuery,
        body: SellerUpdateStock,
      }),
    ],
  },
]
