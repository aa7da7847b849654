import { z } from "@medusajs/framework/zod"

import { pageParams } from "../../utils/paging"

/** GET /seller/cod-summary: paging of the collected parcels. */
export const SellerGetCodSummaryParams = z
  .object({
    ...pageParams(50, 100_000),
  })
  .strict()

export type SellerGetCodSummaryParamsType = z.infer<
  typeof SellerGetCodSummaryParams
>
