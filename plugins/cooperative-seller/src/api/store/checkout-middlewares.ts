import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

import {
  StoreCheckoutBody,
  StoreCheckoutParams,
} from "./carts/[id]/checkout/validators"
import { validateRequest } from "../utils/validate-request"

/**
 * A cart holds products of several cooperatives and becomes one order per cooperative, so
 * Medusa's plain completion (one cart, one order) would bypass the split.
 */
const refusePlainCompletion = (
  _req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
): void => {
  next(
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Carts here are checked out with POST /store/carts/:id/checkout, which makes one order per cooperative."
    )
  )
}

export const storeCheckoutMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts/:id/checkout",
    middlewares: [
      validateRequest({ params: StoreCheckoutParams, body: StoreCheckoutBody }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/complete",
    middlewares: [refusePlainCompletion],
  },
  {
    method: ["GET"],
    matcher: "/store/checkouts/:id",
    middlewares: [
      validateRequest({
        params: z
          .object({
            id: z
              .string()
              .min(1)
              .max(64, "A checkout id has at most 64 characters."),
          })
          .strict(),
        query: z.object({}).strict(),
      }),
    ],
  },
]
