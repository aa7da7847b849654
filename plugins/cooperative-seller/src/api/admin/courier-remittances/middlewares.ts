import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
  MiddlewareRoute,
} from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import {
  AdminImportRemittance,
  AdminListMismatchesQuery,
  AdminListRemittancesQuery,
  AdminNoQuery,
  AdminRemittanceLineParams,
  AdminRemittanceParams,
  AdminResolveRemittanceLine,
} from "./validators"

type Middleware = (
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
) => void

/** `/mismatches` is a route of its own, which the `/:id` matcher would also catch. */
const exceptMismatches =
  (middleware: Middleware): Middleware =>
  (req, res, next) => {
    if (req.params.id === "mismatches") {
      next()
      return
    }
    middleware(req, res, next)
  }

// Medusa already requires an operator (a `user` actor) on every /admin route.
export const adminCourierRemittanceMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/admin/courier-remittances",
    middlewares: [validateRequest({ query: AdminListRemittancesQuery })],
  },
  {
    method: ["POST"],
    matcher: "/admin/courier-remittances",
    // A 2 MB statement sent as JSON text, with room for escaping.
    bodyParser: { sizeLimit: "3mb" },
    middlewares: [
      validateRequest({ query: AdminNoQuery, body: AdminImportRemittance }),
    ],
  },
  {
    method: ["GET"],
    matcher: "/admin/courier-remittances/mismatches",
    middlewares: [validateRequest({ query: AdminListMismatchesQuery })],
  },
  {
    method: ["GET"],
    matcher: "/admin/courier-remittances/:id",
    middlewares: [
      exceptMismatches(
        validateRequest({ params: AdminRemittanceParams, query: AdminNoQuery })
      ),
    ],
  },
  {
    method: ["POST"],
    matcher: "/admin/courier-remittances/lines/:id/resolve",
    middlewares: [
      validateRequest({
        params: AdminRemittanceLineParams,
        query: AdminNoQuery,
        body: AdminResolveRemittanceLine,
      }),
    ],
  },
]
