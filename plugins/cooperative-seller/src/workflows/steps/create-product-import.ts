import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { SELLER_IMPORT_MODULE } from "../../modules/seller-import"
import type SellerImportModuleService from "../../modules/seller-import/service"
import type {
  ProductImportError,
  ProductImportItem,
} from "../../modules/seller-import/types"

export type CreateProductImportInput = {
  cooperative_id: string
  member_id: string
  file_name: string | null
  total_rows: number
  valid_rows: number
  errors: ProductImportError[]
  products: ProductImportItem[]
}

/** Stores a validated import, queued for the background job; undone by deleting it. */
export const createProductImportStep = createStep(
  "create-product-import",
  async (input: CreateProductImportInput, { container }) => {
    const service =
      container.resolve<SellerImportModuleService>(SELLER_IMPORT_MODULE)
    const created = await service.createSellerProductImports({
      ...input,
      status: "queued",
      errors: input.errors as never,
      products: input.products as never,
    })
    return new StepResponse({ id: created.id }, created.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container
      .resolve<SellerImportModuleService>(SELLER_IMPORT_MODULE)
      .deleteSellerProductImports(id)
  }
)
