import { z } from "@medusajs/framework/zod"

import { HANDLE_PATTERN } from "../../../modules/cooperative/rules"
import { CATALOGUE_SORTS } from "../../utils/catalogue/load-catalogue"
import {
  certificationFilter,
  handleParam,
  provinceFilter,
  wholeNumber,
} from "../cooperatives/validators"

export const StoreGetCatalogueParams = z
  .object({
    province: provinceFilter.optional(),
    category: z
      .string()
      .max(100, "category is a category handle of at most 100 characters.")
      .regex(
        HANDLE_PATTERN,
        "category is a category handle, for example trai-cay-tuoi."
      )
      .optional(),
    certification: certificationFilter.optional(),
    ocop_min: wholeNumber("ocop_min", 3, 5).optional(),
    price_min: wholeNumber("price_min", 0, 100_000_000).optional(),
    price_max: wholeNumber("price_max", 0, 100_000_000).optional(),
    harvest_month: wholeNumber("harvest_month", 1, 12).optional(),
    cooperative: handleParam.optional(),
    sort: z
      .enum(CATALOGUE_SORTS, {
        error: `sort is one of ${CATALOGUE_SORTS.join(", ")}.`,
      })
      .default("newest"),
    limit: wholeNumber("limit", 1, 48).default(24),
    offset: wholeNumber("offset", 0, 10000).default(0),
  })
  .strict()
  .refine(
    (q) =>
      q.price_min === undefined ||
      q.price_max === undefined ||
      q.price_min <= q.price_max,
    { message: "price_min cannot be more than price_max." }
  )

export type StoreGetCatalogueParamsType = z.infer<
  typeof StoreGetCatalogueParams
>
