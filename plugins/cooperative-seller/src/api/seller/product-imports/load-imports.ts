import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

import { SELLER_IMPORT_MODULE } from "../../../modules/seller-import"
import type SellerImportModuleService from "../../../modules/seller-import/service"
import type {
  ProductImportError,
  ProductImportStatus,
} from "../../../modules/seller-import/types"

export const LATEST_IMPORTS = 20

const FIELDS = [
  "id",
  "status",
  "file_name",
  "total_rows",
  "valid_rows",
  "processed",
  "created",
  "failed",
  "errors",
  "created_at",
  "updated_at",
]

type ImportRecord = {
  id: string
  status: ProductImportStatus
  file_name: string | null
  total_rows: number
  valid_rows: number
  processed: number
  created: number
  failed: number
  errors: unknown
  created_at: Date | string
  updated_at: Date | string
}

/** An import as the portal shows it; counts are CSV rows. The stored products stay inside. */
export const presentImport = (record: ImportRecord) => ({
  id: record.id,
  status: record.status,
  file_name: record.file_name,
  total_rows: record.total_rows,
  valid_rows: record.valid_rows,
  processed: record.processed,
  created: record.created,
  failed: record.failed,
  errors: record.errors as ProductImportError[],
  created_at: new Date(record.created_at).toISOString(),
  updated_at: new Date(record.updated_at).toISOString(),
})

export type SellerProductImport = ReturnType<typeof presentImport>

const service = (scope: MedusaContainer) =>
  scope.resolve<SellerImportModuleService>(SELLER_IMPORT_MODULE)

/** The cooperative's latest imports, newest first. */
export const listSellerImports = async (
  scope: MedusaContainer,
  cooperativeId: string
): Promise<SellerProductImport[]> => {
  const records = await service(scope).listSellerProductImports(
    { cooperative_id: cooperativeId },
    { select: FIELDS, order: { created_at: "DESC" }, take: LATEST_IMPORTS }
  )
  return records.map((record) => presentImport(record as ImportRecord))
}

/** One of the cooperative's imports; another cooperative's is not found. */
export const loadSellerImport = async (
  scope: MedusaContainer,
  cooperativeId: string,
  id: string
): Promise<SellerProductImport> => {
  const [record] = await service(scope).listSellerProductImports(
    { id, cooperative_id: cooperativeId },
    { select: FIELDS }
  )
  if (!record) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không có lần nhập nào mã ${id.slice(0, 100)}.`
    )
  }
  return presentImport(record as ImportRecord)
}
