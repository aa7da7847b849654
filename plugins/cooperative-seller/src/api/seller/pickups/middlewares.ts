import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import { SellerNoOrderQuery } from "../orders/validators"
import { SellerGetPickupsParams, SellerRequestPickup } from "./validators"

const sellerAuth = authenticate("seller", ["bearer", "session"])

export const sellerPickupMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/seller/pickups",
    middlewares: [
      sellerAuth,
      validateRequest({ query: SellerGetPickupsParams }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/seller/pickups",
    middlewares: [
      sellerAuth,
      validateRequest({ query: SellerNoOrderQuery, body: SellerRequestPickup }),
    ],
  },
]
