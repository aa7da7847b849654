import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { SELLER_IMPORT_MODULE } from "../../modules/seller-import"
import type SellerImportModuleService from "../../modules/seller-import/service"
import type { ProductImportProgress } from "../../modules/seller-import/types"

export type UpdateProductImportInput = ProductImportProgress & { id: string }

const FIELDS = ["status", "processed", "created", "failed", "errors"] as const

/** Records an import's progress; undone by restoring the figures it had before. */
export const updateProductImportStep = createStep(
  "update-product-import",
  async (input: UpdateProductImportInput, { container }) => {
    const service =
      container.resolve<SellerImportModuleService>(SELLER_IMPORT_MODULE)
    const before = await service.retrieveSellerProductImport(input.id, {
      select: ["id", ...FIELDS],
    })
    const { id, ...changes } = input
    await service.updateSellerProductImports({ id, ...changes } as never)
    return new StepResponse({ id }, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    await container
      .resolve<SellerImportModuleService>(SELLER_IMPORT_MODULE)
      .updateSellerProductImports(before as never)
  }
)
