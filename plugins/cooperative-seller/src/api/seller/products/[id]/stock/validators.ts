import { z } from "@medusajs/framework/zod"

import { MAX_STOCK, MAX_VARIANTS } from "../../validators"

/** POST /seller/products/:id/stock: new stock figures for 1–50 of the product's variants. */
export const SellerUpdateStock = z
  .object(
    {
      variants: z
        .array(
          z
            .object(
              {
                id: z
                  .string({
                    error: (issue) =>
                      issue.input === undefined
                        ? "variants.id is required."
                        : "variants.id must be text.",
                  })
                  .regex(
                    /^variant_[A-Za-z0-9]{1,60}$/,
                    "variants.id looks like variant_01J…; copy it from GET /seller/products/:id."
                  ),
                stock: z
                  .number({
                    error: (issue) =>
                      issue.input === undefined
                        ? "stock is required."
                        : "stock must be a number.",
                  })
                  .int("stock must be a whole number.")
                  .min(
                    0,
                    `stock must be from 0 to ${MAX_STOCK.toLocaleString("en")}.`
                  )
                  .max(
                    MAX_STOCK,
                    `stock must be from 0 to ${MAX_STOCK.toLocaleString("en")}.`
                  ),
              },
              { error: "Each entry is { id, stock }." }
            )
            .strict(),
          {
            error: (issue) =>
              issue.input === undefined
                ? "variants is required: a list of { id, stock }."
                : "variants must be a list of { id, stock }.",
          }
        )
        .min(1, "List at least one variant with its new stock.")
        .max(MAX_VARIANTS, `List at most ${MAX_VARIANTS} variants.`)
        .refine(
          (list) => new Set(list.map((v) => v.id)).size === list.length,
          "Each variant may be listed once per request."
        ),
    },
    { error: "Send { variants: [{ id, stock }] } as a JSON object." }
  )
  .strict()

export type SellerUpdateStockType = z.infer<typeof SellerUpdateStock>
