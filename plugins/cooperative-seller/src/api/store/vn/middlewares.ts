import type { MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import {
  StoreGetVnCommuneParams,
  StoreGetVnLegacyCommuneParams,
  StoreGetVnProvinceCommunesParams,
  StoreVnNoQuery,
} from "./validators"

export const storeVnMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/store/vn/provinces",
    middlewares: [validateRequest({ query: StoreVnNoQuery })],
  },
  {
    method: ["GET"],
    matcher: "/store/vn/ethnic-groups",
    middlewares: [validateRequest({ query: StoreVnNoQuery })],
  },
  {
    method: ["GET"],
    matcher: "/store/vn/provinces/:code/communes",
    middlewares: [
      validateRequest({
        params: StoreGetVnProvinceCommunesParams,
        query: StoreVnNoQuery,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/vn/communes/:code",
    middlewares: [
      validateRequest({
        params: StoreGetVnCommuneParams,
        query: StoreVnNoQuery,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/store/vn/legacy-communes/:old_code",
    middlewares: [
      validateRequest({
        params: StoreGetVnLegacyCommuneParams,
        query: StoreVnNoQuery,
      }),
    ],
  },
]
