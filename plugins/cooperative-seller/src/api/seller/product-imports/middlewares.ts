import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import { receiveImportFile } from "./receive-import-file"
import { SellerNoImportQuery, SellerProductImportParams } from "./validators"

const sellerAuth = authenticate("seller", ["bearer", "session"])

export const sellerProductImportMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/seller/product-imports",
    middlewares: [sellerAuth, validateRequest({ query: SellerNoImportQuery })],
  },
  {
    method: ["POST"],
    matcher: "/seller/product-imports",
    // Authenticate first, so nobody without a seller token gets a file read into memory.
    middlewares: [
      sellerAuth,
      validateRequest({ query: SellerNoImportQuery }),
      receiveImportFile,
    ],
  },
  {
    method: ["GET"],
    matcher: "/seller/product-imports/template.csv",
    middlewares: [sellerAuth, validateRequest({ query: SellerNoImportQuery })],
  },
  {
    method: ["GET"],
    matcher: "/seller/product-imports/:id",
    middlewares: [
      sellerAuth,
      validateRequest({
        params: SellerProductImportParams,
        query: SellerNoImportQuery,
      }),
    ],
  },
]
