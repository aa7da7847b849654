import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"

import {
  ImportFileError,
  type ImportRow,
  readImportCsv,
} from "../../../lib/product-imports/read-csv"
import {
  referencedHandles,
  validateImportRows,
} from "../../../lib/product-imports/validate-rows"
import { COOPERATIVE_MODULE } from "../../../modules/cooperative"
import type CooperativeModuleService from "../../../modules/cooperative/service"
import type { ProductImportError } from "../../../modules/seller-import/types"
import { createProductImportWorkflow } from "../../../workflows/create-product-import"
import { loadSellerMember } from "../../utils/seller"
import { listSellerImports, loadSellerImport } from "./load-imports"
import { ImportFileMessages } from "./receive-import-file"

type Refusal = {
  type: "invalid_data"
  message: string
  errors: ProductImportError[]
}

const refuse = (
  res: MedusaResponse<Refusal>,
  message: string,
  errors: ProductImportError[] = []
): void => {
  res.status(400).json({ type: "invalid_data", message, errors })
}

/** GET /seller/product-imports: the cooperative's latest 20 imports, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  res.json({
    imports: await listSellerImports(req.scope, member.cooperative_id),
  })
}

/**
 * POST /seller/product-imports: one CSV in the multipart field `file`. Every row is checked at
 * once; the report names each bad row. The good rows are queued and created in the background:
 * 202 with the import, whose progress GET /seller/product-imports/:id shows. No good row → 400
 * with the report.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  const member = await loadSellerMember(req)
  const cooperatives =
    req.scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
  const [cooperative] = await cooperatives.listCooperatives(
    { id: member.cooperative_id },
    { select: ["id", "status", "commune_code"] }
  )
  if (cooperative?.status !== "active") {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Hợp tác xã của bạn chưa được duyệt hoặc đang tạm dừng bán, nên chưa nhập được sản phẩm; nhập lại khi hợp tác xã đang hoạt động."
    )
  }
  const file = req.file
  if (!file) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      ImportFileMessages.none
    )
  }

  let rows: ImportRow[]
  try {
    rows = readImportCsv(file.buffer)
  } catch (error) {
    if (error instanceof ImportFileError) {
      refuse(res, error.message)
      return
    }
    throw error
  }

  const handles = referencedHandles(rows)
  const products = req.scope.resolve(Modules.PRODUCT)
  const [categories, taken] = await Promise.all([
    handles.categories.length > 0
      ? products.listProductCategories(
          { handle: handles.categories, is_internal: false },
          { select: ["handle"] }
        )
      : [],
    handles.products.length > 0
      ? products.listProducts(
          { handle: handles.products },
          { select: ["handle"] }
        )
      : [],
  ])
  const report = validateImportRows(rows, {
    commune_code: cooperative.commune_code,
    categories: new Set(categories.map((category) => category.handle)),
    taken_handles: new Set(taken.map((product) => product.handle)),
  })
  if (report.products.length === 0) {
    refuse(
      res,
      `Không có dòng nào nhập được: ${report.errors.length.toLocaleString("vi")} lỗi trong ${report.total_rows.toLocaleString("vi")} dòng. Sửa các dòng được nêu rồi tải tệp lên lại.`,
      report.errors
    )
    return
  }

  const { result } = await createProductImportWorkflow(req.scope).run({
    input: {
      cooperative_id: member.cooperative_id,
      member_id: member.id,
      file_name: file.originalname ? file.originalname.slice(0, 200) : null,
      total_rows: report.total_rows,
      valid_rows: report.valid_rows,
      errors: report.errors,
      products: report.products.map(({ rows, title, body }) => ({
        rows,
        title,
        body,
      })),
    },
  })
  res.status(202).json({
    import: await loadSellerImport(req.scope, member.cooperative_id, result.id),
  })
}
