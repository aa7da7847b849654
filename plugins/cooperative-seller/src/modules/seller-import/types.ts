import type { PRODUCT_IMPORT_STATUSES } from "./models/seller-product-import"

export type ProductImportStatus = (typeof PRODUCT_IMPORT_STATUSES)[number]

/** A problem with one cell (or one whole row, when `column` is empty) of an uploaded CSV. */
export type ProductImportError = {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number
  /** The column's header as the template names it; empty for the whole row. */
  column: string
  message: string
}

/** One product to create: the CSV rows it came from and the body for the product workflow. */
export type ProductImportItem<Body = Record<string, unknown>> = {
  rows: number[]
  title: string
  body: Body
}

export type ProductImportProgress = {
  status?: ProductImportStatus
  processed?: number
  created?: number
  failed?: number
  errors?: ProductImportError[]
}
