import type { MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import {
  StoreGetCooperativeParams,
  StoreGetCooperativesParams,
  StoreNoQuery,
} from "./validators"

export const storeCooperativeMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/cooperatives",
    middlewares: [validateRequest({ query: StoreGetCooperativesParams })],
  },
  {
    method: ["GET"],
    matcher: "/store/cooperatives/:handle",
    middlewares: [
      validateRequest({
        params: StoreGetCooperativeParams,
        query: StoreNoQuery,
      }),
    ],
  },
]
