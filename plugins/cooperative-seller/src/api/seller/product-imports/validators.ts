import { z } from "@medusajs/framework/zod"

/** GET /seller/product-imports/:id: an import id as the upload returned it. */
export const SellerProductImportParams = z
  .object({
    // Loose on purpose: the template's own path passes here too, and an id that is not one of the
    // cooperative's imports is a 404 either way.
    id: z
      .string()
      .max(100, "Mã lần nhập dài tối đa 100 ký tự.")
      .regex(
        /^[A-Za-z0-9_.-]+$/,
        "Mã lần nhập có dạng import_01J…; chép từ kết quả tải tệp lên."
      ),
  })
  .strict()

/** The import routes take no query parameters. */
export const SellerNoImportQuery = z.object({}).strict()
