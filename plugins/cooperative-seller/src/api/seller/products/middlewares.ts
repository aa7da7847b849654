import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"

import { validateRequest } from "../../utils/validate-request"
import {
  SellerCreateProduct,
  SellerGetProductsParams,
  SellerNoProductQuery,
  SellerProductParams,
  SellerUpdateProduct,
} from "./validators"

const sellerAuth = authenticate("seller", ["bearer", "session"])

export const sellerProductMiddlewares: MiddlewareRoute[] = [
  {
    method: ["GET"],
    matcher: "/seller/products",
    middlewares: [
      sellerAuth,
      validateRequest({ query: SellerGetProductsParams }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/seller/products",
    middlewares: [
      sellerAuth,
      validateRequest({
        query: SellerNoProductQuery,
        body: SellerCreateProduct,
      }),
    ],
  },
  {
    method: ["GET", "DELETE"],
    matcher: "/seller/products/:id",
    middlewares: [
      sellerAuth,
      validateRequest({
        params: SellerProductParams,
        query: SellerNoProductQuery,
      }),
    ],
  },
  {
    method: ["POST"],
    matcher: "/seller/products/:id",
    middlewares: [
      sellerAuth,
      validateRequest({
        params: SellerProductParams,
        query: SellerNoProductQuery,
        body: SellerUpdateProduct,
      }),
    ],
  },
]
