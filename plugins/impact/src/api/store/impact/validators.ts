import { z } from "@medusajs/framework/zod"

const day = (name: string) =>
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}$/,
      `${name} is a day written YYYY-MM-DD, for example 2026-01-31.`
    )

export const TransparencyQuery = z
  .object({ from: day("from").optional(), to: day("to").optional() })
  .strict()
export type TransparencyQuery = z.infer<typeof TransparencyQuery>
