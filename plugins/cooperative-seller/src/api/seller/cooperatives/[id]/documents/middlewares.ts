import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../../../utils/validate-request"
import { receiveDocuments } from "./receive-documents"
import {
  SellerCooperativeDocumentParams,
  SellerCooperativeDocumentsParams,
  SellerNoQuery,
} from "./validators"

export const sellerCooperativeDocumentMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/seller/cooperatives/:id/documents",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({
        params: SellerCooperativeDocumentsParams,
        query: SellerNoQuery,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/seller/cooperatives/:id/documents",
    // Authenticate and check the path before reading up to 50 MB into memory.
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({
        params: SellerCooperativeDocumentsParams,
        query: SellerNoQuery,
      }),
      receiveDocuments,
    ],
  },
  {
    method: ["DELETE"],
    matcher: "/seller/cooperatives/:id/documents/:document_id",
    middlewares: [
      authenticate("seller", ["bearer", "session"]),
      validateRequest({
        params: SellerCooperativeDocumentParams,
        query: SellerNoQuery,
      }),
    ],
  },
]
