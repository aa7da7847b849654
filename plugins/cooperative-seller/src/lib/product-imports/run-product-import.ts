import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { SELLER_IMPORT_MODULE } from "../../modules/seller-import"
import type SellerImportModuleService from "../../modules/seller-import/service"
import type {
  ProductImportError,
  ProductImportItem,
} from "../../modules/seller-import/types"
import { createSellerProductWorkflow } from "../../workflows/create-seller-product"
import { updateProductImportWorkflow } from "../../workflows/update-product-import"
import type { ImportProductBody } from "./validate-rows"

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/**
 * The background job of a CSV import: creates its products one at a time through the seller
 * product workflow. After each, `processed` grows by the product's rows (progress is
 * processed / valid_rows) and `created` or `failed` by one product. A product that fails is
 * reported on its rows and the others go on; the import ends `done`, or `failed` if the job itself
 * breaks. An import that is no longer `queued` (a repeated event) is left alone.
 */
export const runProductImport = async (
  container: MedusaContainer,
  id: string
): Promise<void> => {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const service =
    container.resolve<SellerImportModuleService>(SELLER_IMPORT_MODULE)
  const [record] = await service.listSellerProductImports({ id })
  if (!record || record.status !== "queued") {
    return
  }
  const update = updateProductImportWorkflow(container)
  const products =
    record.products as unknown as ProductImportItem<ImportProductBody>[]
  const errors = [...(record.errors as unknown as ProductImportError[])]
  const counts = { processed: 0, created: 0, failed: 0 }
  await update.run({ input: { id, status: "processing" } })
  try {
    for (const item of products) {
      try {
        await createSellerProductWorkflow(container).run({
          input: { cooperative_id: record.cooperative_id, ...item.body },
        })
        counts.created += 1
      } catch (error) {
        counts.failed += 1
        errors.push(
          ...item.rows.map((row) => ({
            row,
            column: "",
            message: `Chưa tạo được sản phẩm «${item.title}»: ${reasonOf(error)}`,
          }))
        )
      }
      counts.processed += item.rows.length
      await update.run({
        input: {
          id,
          ...counts,
          errors: [...errors].sort((a, b) => a.row - b.row),
        },
      })
    }
    await update.run({ input: { id, status: "done" } })
  } catch (error) {
    logger.error(`Product import ${id} stopped: ${reasonOf(error)}`)
    await update.run({ input: { id, status: "failed" } })
  }
}
