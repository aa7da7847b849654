import type { MiddlewareRoute } from "@medusajs/framework/http"

import { refuseHiddenVariants } from "./refuse-hidden-variants"

export const storeCartMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/store/carts",
    middlewares: [refuseHiddenVariants],
  },
  {
    method: ["POST"],
    matcher: "/store/carts/:id/line-items",
    middlewares: [refuseHiddenVariants],
  },
]
