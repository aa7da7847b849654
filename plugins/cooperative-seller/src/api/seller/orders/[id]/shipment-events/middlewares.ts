import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { ManualShipmentEvent } from "../../../../../lib/shipping/courier-webhooks"
import { validateRequest } from "../../../../utils/validate-request"
import { SellerNoOrderQuery, SellerOrderParams } from "../../validators"

const sellerAuth = authenticate("seller", ["bearer", "session"])

/** The parcel events of one order, read and recorded by hand by its cooperative. */
export const sellerShipmentEventMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/seller/orders/:id/shipment-events",
    middlewares: [
      sellerAuth,
      validateRequest({ params: SellerOrderParams, query: SellerNoOrderQuery }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/seller/orders/:id/shipment-events",
    middlewares: [
      sellerAuth,
      validateRequest({
        params: SellerOrderParams,
        query: SellerNoOrderQuery,
        body: ManualShipmentEvent,
      }),
    ],
  },
]
