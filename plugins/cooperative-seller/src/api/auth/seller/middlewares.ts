import type { MiddlewareRoute } from "@medusajs/framework/http"

import { rateLimit } from "../../utils/rate-limit"

const perMinute = Number(process.env.SELLER_AUTH_RATE_LIMIT_PER_MINUTE) || 10

// Sign-in, registration and password resets of seller accounts: slows down password guessing
// and mass sign-ups. Medusa runs a plugin's middlewares on its own /auth routes as well.
export const authSellerMiddlewares: MiddlewareRoute[] = [
  {
    method: ["POST"],
    matcher: "/auth/seller/*",
    middlewares: [
      rateLimit({
        limit: perMinute,
        windowMs: 60_000,
        action: "sign in or register",
      }),
    ],
  },
]
