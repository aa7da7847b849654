import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { connection } from "next/server"

import { sdk } from "./config"

/** Regions hardly ever change: keep them for an hour unless the "regions" tag is revalidated. */
const REGIONS_REVALIDATE_SECONDS = 3600

/** The region the storefront prices everything in: the one whose currency is the đồng. */
export const getVndRegion = async (): Promise<HttpTypes.StoreRegion> => {
  // Data is only ever fetched for a real request, so `next build` needs no backend.
  await connection()
  const { regions } =
    await sdk().client.fetch<HttpTypes.StoreRegionListResponse>(
      "/store/regions",
      {
        query: { fields: "id,name,currency_code", limit: 100 },
        cache: "force-cache",
        next: { tags: ["regions"], revalidate: REGIONS_REVALIDATE_SECONDS },
      }
    )
  const region = regions.find(
    (candidate) => candidate.currency_code?.toLowerCase() === "vnd"
  )
  if (!region) {
    throw new Error(
      "The Medusa backend has no region priced in VND; run the demo seed (npm run seed)."
    )
  }
  return region
}
