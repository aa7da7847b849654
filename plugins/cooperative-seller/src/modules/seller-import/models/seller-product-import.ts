import { model } from "@medusajs/framework/utils"

export const PRODUCT_IMPORT_STATUSES = [
  "queued",
  "processing",
  "done",
  "failed",
] as const

/**
 * A cooperative's CSV upload of products. The route stores the rows that passed validation,
 * grouped into products, in `products`; the background job creates them one by one, counting
 * its progress in rows (`processed`) and its outcome in products (`created`, `failed`). `errors` holds the bad rows found on
 * upload and any product that could not be created later.
 */
export const SellerProductImport = model.define("seller_product_import", {
  id: model.id({ prefix: "import" }).primaryKey(),
  cooperative_id: model
    .text()
    .index("IDX_seller_product_import_cooperative_id"),
  member_id: model.text(),
  file_name: model.text().nullable(),
  status: model.enum([...PRODUCT_IMPORT_STATUSES]).default("queued"),
  total_rows: model.number().default(0),
  valid_rows: model.number().default(0),
  processed: model.number().default(0),
  created: model.number().default(0),
  failed: model.number().default(0),
  errors: model.json(),
  products: model.json(),
})
