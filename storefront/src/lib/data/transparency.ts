import "server-only"

import type { Transparency } from "@/types/impact"

import { toTransparency } from "./impact-adapter"
import type { ApiTransparencyResponse } from "./impact-types"
import { storeFetch } from "./store-fetch"

/** Aggregates change with every captured payment, but nobody needs them to the second. */
export const TRANSPARENCY_REVALIDATE_SECONDS = 300
export const TRANSPARENCY_TAG = "impact-transparency"

/** The public figures per province and commune for the last 12 months and the 12 before. */
export const getTransparency = async (): Promise<Transparency> =>
  toTransparency(
    await storeFetch<ApiTransparencyResponse>("/store/impact/transparency", {
      tags: [TRANSPARENCY_TAG],
      revalidate: TRANSPARENCY_REVALIDATE_SECONDS,
    })
  )
