import type { MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import {
  AdminApproveCooperative,
  AdminCooperativeDocumentParams,
  AdminCooperativeListingParams,
  AdminCooperativeParams,
  AdminGetCooperativeListingsParams,
  AdminGetCooperativesParams,
  AdminNoQuery,
  AdminReviewCooperativeWithReason,
} from "./validators"

// Medusa already requires an operator (a `user` actor) on every /admin route.
export const adminCooperativeMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/cooperatives",
    middlewares: [validateRequest({ query: AdminGetCooperativesParams })],
  },
  {
    method: ["GET"],
    matcher: "/admin/cooperatives/:id",
    middlewares: [
      validateRequest({ params: AdminCooperativeParams, query: AdminNoQuery }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/approve",
    middlewares: [
      validateRequest({
        params: AdminCooperativeParams,
        query: AdminNoQuery,
        body: AdminApproveCooperative,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/reject",
    middlewares: [
      validateRequest({
        params: AdminCooperativeParams,
        query: AdminNoQuery,
        body: AdminReviewCooperativeWithReason,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/suspend",
    middlewares: [
      validateRequest({
        params: AdminCooperativeParams,
        query: AdminNoQuery,
        body: AdminReviewCooperativeWithReason,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/cooperatives/:id/documents",
    middlewares: [
      validateRequest({ params: AdminCooperativeParams, query: AdminNoQuery }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/cooperatives/:id/documents/:document_id/file",
    middlewares: [
      validateRequest({
        params: AdminCooperativeDocumentParams,
        query: AdminNoQuery,
      }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/cooperatives/:id/listings",
    middlewares: [
      validateRequest({
        params: AdminCooperativeParams,
        query: AdminGetCooperativeListingsParams,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/cooperatives/:id/listings/:product_id/publish",
    middlewares: [
      validateRequest({
        params: AdminCooperativeListingParams,
        query: AdminNoQuery,
        body: AdminApproveCooperative,
      }),
    ],
  },
]
