import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../../../utils/validate-request"
import { SellerNoOrderQuery, SellerOrderParams } from "../../validators"
import { SellerShipOrder } from "./validators"

const sellerAuth = authenticate("seller", ["bearer", "session"])

/** The shipping routes of one order: ready to ship, its label and its packing slip. */
export const sellerShipmentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/seller/orders/:id/ship",
    middlewares: [
      sellerAuth,
      validateRequest({
        params: SellerOrderParams,
        query: SellerNoOrderQuery,
        body: SellerShipOrder,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/seller/orders/:id/label.pdf",
    middlewares: [
      sellerAuth,
      validateRequest({ params: SellerOrderParams, query: SellerNoOrderQuery }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/seller/orders/:id/packing-slip.pdf",
    middlewares: [
      sellerAuth,
      validateRequest({ params: SellerOrderParams, query: SellerNoOrderQuery }),
    ],
  },
]
