import type { MiddlewareRoute } from "@medusajs/framework/http"

import { ManualShipmentEvent } from "../../../../../lib/shipping/courier-webhooks"
import { validateRequest } from "../../../../utils/validate-request"
import {
  SellerNoOrderQuery,
  SellerOrderParams,
} from "../../../../seller/orders/validators"

// Medusa already requires an operator (a `user` actor) on every /admin route.
export const adminShipmentEventMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/orders/:id/shipment-events",
    middlewares: [
      validateRequest({ params: SellerOrderParams, query: SellerNoOrderQuery }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/orders/:id/shipment-events",
    middlewares: [
      validateRequest({
        params: SellerOrderParams,
        query: SellerNoOrderQuery,
        body: ManualShipmentEvent,
      }),
    ],
  },
]
