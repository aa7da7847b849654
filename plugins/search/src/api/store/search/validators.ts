import { z } from "@medusajs/framework/zod"

import { SEARCH_SORTS } from "../../../providers/types"

/** What a buyer typed, tidied: Unicode composed (NFC), control characters gone, spaces single. */
const query = (min: number) =>
  z
    .string()
    .transform((q) =>
      q
        .normalize("NFC")
        .replace(/[\p{Cc}\p{Cf}]/gu, " ")
        .replace(/\s+/g, " ")
        .trim()
    )
    .pipe(
      z
        .string()
        .min(min, "Type something to search for.")
        .max(100, "A search has at most 100 characters.")
    )

const money = (name: string) =>
  z.coerce
    .number({ message: `${name} is an amount in đồng, like 150000.` })
    .int(`${name} is a whole number of đồng.`)
    .min(0, `${name} cannot be negative.`)
    .max(100_000_000, `${name} is at most 100,000,000 đồng.`)
    .optional()

export const SearchQuery = z
  .object({
    q: query(0).default(""),
    province: z
      .string()
      .regex(
        /^\d{2}$/,
        "province is a two-digit 2025 province code, for example 15."
      )
      .optional(),
    category: z
      .string()
      .regex(
        /^[a-z0-9-]{1,100}$/,
        "category is a category handle, for example trai-cay-tuoi."
      )
      .optional(),
    ocop_min: z.coerce
      .number({ message: "ocop_min is 3, 4 or 5 (OCOP stars)." })
      .int("ocop_min is 3, 4 or 5 (OCOP stars).")
      .min(3, "ocop_min is 3, 4 or 5 (OCOP stars).")
      .max(5, "ocop_min is 3, 4 or 5 (OCOP stars).")
      .optional(),
    price_min: money("price_min"),
    price_max: money("price_max"),
    in_stock: z
      .enum(["true", "false"], { message: "in_stock is true or false." })
      .transform((v) => v === "true")
      .optional(),
    sort: z
      .enum(SEARCH_SORTS, {
        message: `sort is one of ${SEARCH_SORTS.join(", ")}.`,
      })
      .optional(),
    limit: z.coerce
      .number()
      .int()
      .min(1, "limit is between 1 and 48.")
      .max(48, "limit is between 1 and 48.")
      .default(24),
    offset: z.coerce
      .number()
      .int()
      .min(0, "offset is between 0 and 10000.")
      .max(10_000, "offset is between 0 and 10000.")
      .default(0),
  })
  .strict()
  .refine(
    (q) =>
      q.price_min === undefined ||
      q.price_max === undefined ||
      q.price_min <= q.price_max,
    { message: "price_min must not be more than price_max." }
  )
export type SearchQuery = z.infer<typeof SearchQuery>

export const SuggestQuery = z.object({ q: query(1) }).strict()
export type SuggestQuery = z.infer<typeof SuggestQuery>
