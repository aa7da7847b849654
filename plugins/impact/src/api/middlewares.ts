import {
  authenticate,
  defineMiddlewares,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { rateLimit } from "@cho-phien/cooperative-seller/api/utils/rate-limit"
import { validateRequest } from "@cho-phien/cooperative-seller/api/utils/validate-request"

import {
  AdminCreateOfficerBody,
  AdminOfficerParams,
  AdminUpdateOfficerBody,
  NoQuery,
} from "./admin/officers/validators"

const perMinute = Number(process.env.OFFICER_AUTH_RATE_LIMIT_PER_MINUTE) || 10

/** Officers are made by the operator, never by signing up. */
const refuseOfficerSignUp = (
  _req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
): void => {
  next(
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Officer accounts are made by the operator in the admin (Officers); ask them for yours."
    )
  )
}

export default defineMiddlewares({
  routes: [
    {
      method: ["POST"],
      matcher: "/auth/officer/*",
      middlewares: [
        rateLimit({ limit: perMinute, windowMs: 60_000, action: "sign in" }),
      ],
    },
    {
      method: ["POST"],
      matcher: "/auth/officer/emailpass/register",
      middlewares: [refuseOfficerSignUp],
    },
    {
      matcher: "/officer/*",
      middlewares: [authenticate("officer", ["bearer"])],
    },
    {
      method: ["GET"],
      matcher: "/officer/me",
      middlewares: [validateRequest({ query: NoQuery })],
    },
    {
      method: ["GET"],
      matcher: "/admin/officers",
      middlewares: [validateRequest({ query: NoQuery })],
    },
    {
      method: ["POST"],
      matcher: "/admin/officers",
      middlewares: [
        validateRequest({ query: NoQuery, body: AdminCreateOfficerBody }),
      ],
    },
    {
      method: ["GET", "DELETE"],
      matcher: "/admin/officers/:id",
      middlewares: [
        validateRequest({ params: AdminOfficerParams, query: NoQuery }),
      ],
    },
    {
      method: ["POST"],
      matcher: "/admin/officers/:id",
      middlewares: [
        validateRequest({
          params: AdminOfficerParams,
          query: NoQuery,
          body: AdminUpdateOfficerBody,
        }),
      ],
    },
  ],
})
