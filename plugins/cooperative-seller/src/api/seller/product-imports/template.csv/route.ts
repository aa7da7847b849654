import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"

import { productImportTemplate } from "../../../../lib/product-imports/template"

/** GET /seller/product-imports/template.csv: the CSV template with Vietnamese headers. */
export const GET = async (
  _req: AuthenticatedMedusaRequest,
  res: MedusaResponse
) => {
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader(
    "Content-Disposition",
    `attachment; filename="mau-nhap-san-pham.csv"`
  )
  res.status(200).send(productImportTemplate())
}
