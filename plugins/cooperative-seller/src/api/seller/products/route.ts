import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { availableProductHandle } from "../../../lib/product-handle"
import { createSellerProductWorkflow } from "../../../workflows/create-seller-product"
import { loadSellerMember } from "../../utils/seller"
import {
  listSellerProducts,
  loadSellerProduct,
} from "../../utils/seller-products"
import type {
  SellerCreateProductType,
  SellerGetProductsParamsType,
} from "./validators"

/** The signed-in seller's cooperative's products, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const { limit, offset, q } = req.validatedQuery as SellerGetProductsParamsType
  const { products, count } = await listSellerProducts(
    req.scope,
    member.cooperative_id,
    { limit, offset, q }
  )
  res.json({ products, count, offset, limit })
}

/** The seller's cooperative lists a new product with its origin and stock. */
export const POST = async (
  req: AuthenticatedMedusaRequest<SellerCreateProductType>,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const { origin, category_handle, ...product } = req.validatedBody
  const { result } = await createSellerProductWorkflow(req.scope).run({
    input: {
      cooperative_id: member.cooperative_id,
      product: {
        ...product,
        handle:
          product.handle ??
          (await availableProductHandle(req.scope, product.title)),
      },
      origin,
      category_handle,
    },
  })
  res.status(201).json({
    product: await loadSellerProduct(
      req.scope,
      member.cooperative_id,
      result.id
    ),
  })
}
