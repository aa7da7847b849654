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
import {
  CommuneImpactQuery,
  CommuneParams,
  CreateRecordedSaleBody,
  IdParams,
  ImpactQuery,
  ImportRecordedSalesBody,
  NoQuery as NoImpactQuery,
  RecordedSalesListQuery,
} from "./officer/impact/validators"
import { CooperativeParams, SetProgrammesBody } from "./admin/impact/validators"
import { TransparencyQuery } from "./store/impact/validators"

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
      matcher: "/officer/impact/communes",
      middlewares: [validateRequest({ query: ImpactQuery })],
    },
    {
      method: ["GET"],
      matcher: "/officer/impact/communes/:code",
      middlewares: [
        validateRequest({ params: CommuneParams, query: CommuneImpactQuery }),
      ],
    },
    {
      method: ["GET"],
      matcher: "/officer/impact/series",
      middlewares: [validateRequest({ query: ImpactQuery })],
    },
    {
      method: ["GET"],
      matcher: "/officer/impact/export.csv",
      middlewares: [validateRequest({ query: ImpactQuery })],
    },
    {
      method: ["GET"],
      matcher: "/officer/impact/export.xlsx",
      middlewares: [validateRequest({ query: ImpactQuery })],
    },
    {
      method: ["GET"],
      matcher: "/officer/impact/programmes",
      middlewares: [validateRequest({ query: NoImpactQuery })],
    },
    {
      method: ["GET"],
      matcher: "/officer/impact/recorded-sales",
      middlewares: [validateRequest({ query: RecordedSalesListQuery })],
    },
    {
      method: ["POST"],
      matcher: "/officer/impact/recorded-sales",
      middlewares: [
        validateRequest({ query: NoImpactQuery, body: CreateRecordedSaleBody }),
      ],
    },
    {
      method: ["POST"],
      matcher: "/officer/impact/recorded-sales/import",
      // A CSV of up to 1 MB travels as JSON text.
      bodyParser: { sizeLimit: "2mb" },
      middlewares: [
        validateRequest({
          query: NoImpactQuery,
          body: ImportRecordedSalesBody,
        }),
      ],
    },
    {
      method: ["DELETE"],
      matcher: "/officer/impact/recorded-sales/:id",
      middlewares: [
        validateRequest({ params: IdParams, query: NoImpactQuery }),
      ],
    },
    {
      method: ["GET"],
      matcher: "/officer/impact/legacy-communes/:code",
      middlewares: [
        validateRequest({ params: CommuneParams, query: NoImpactQuery }),
      ],
    },
    {
      method: ["GET"],
      matcher: "/store/impact/transparency",
      middlewares: [validateRequest({ query: TransparencyQuery })],
    },
    {
      method: ["GET"],
      matcher: "/admin/impact/programmes",
      middlewares: [validateRequest({ query: NoQuery })],
    },
    {
      method: ["POST"],
      matcher: "/admin/cooperatives/:id/programmes",
      middlewares: [
        validateRequest({
          params: CooperativeParams,
          query: NoQuery,
          body: SetProgrammesBody,
        }),
      ],
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
