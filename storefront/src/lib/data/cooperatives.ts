import "server-only"

import type { Locale } from "@/i18n/routing"
import { COOPERATIVES_PAGE_SIZE } from "@/lib/util/search-params"
import type {
  Cooperative,
  CooperativeList,
  CooperativeWithProducts,
} from "@/types/cooperative"

import { backendUrl } from "./config"
import {
  toCooperativeList,
  toCooperativeWithProducts,
} from "./cooperative-adapter"
import {
  CATALOGUE_REVALIDATE_SECONDS,
  isNotFound,
  storeFetch,
} from "./store-fetch"
import type {
  StoreCooperativeListResponse,
  StoreCooperativeResponse,
} from "./store-types"

const TAGS = ["cooperatives"]
// The backend's own rule for handles; anything else cannot exist and would be a 400 there.
const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Active cooperatives by name, one page of them, optionally in one province. */
export const listCooperatives = async (
  {
    province,
    page,
    pageSize = COOPERATIVES_PAGE_SIZE,
  }: {
    province?: string
    page: number
    pageSize?: number
  },
  locale: Locale
): Promise<CooperativeList> => {
  const response = await storeFetch<StoreCooperativeListResponse>(
    "/store/cooperatives",
    {
      query: {
        ...(province ? { province } : {}),
        limit: pageSize,
        offset: (page - 1) * pageSize,
      },
      tags: TAGS,
      revalidate: CATALOGUE_REVALIDATE_SECONDS,
    }
  )
  return toCooperativeList(response, locale, backendUrl(), new Date())
}

/** One active cooperative with its products, or undefined when buyers may not see it. */
export const getCooperative = async (
  handle: string,
  locale: Locale
): Promise<CooperativeWithProducts | undefined> => {
  if (handle.length > 100 || !HANDLE_PATTERN.test(handle)) {
    return undefined
  }
  try {
    const response = await storeFetch<StoreCooperativeResponse>(
      `/store/cooperatives/${encodeURIComponent(handle)}`,
      { tags: [...TAGS, "catalogue"], revalidate: CATALOGUE_REVALIDATE_SECONDS }
    )
    return toCooperativeWithProducts(response, locale, backendUrl(), new Date())
  } catch (error) {
    if (isNotFound(error)) {
      return undefined
    }
    throw error
  }
}

/** The largest backend page: the home page picks its featured cooperatives from it. */
const FEATURED_POOL = 50

/**
 * The cooperatives with the most products on sale (ties by name): the ones a first-time visitor
 * can buy the most from.
 */
export const listFeaturedCooperatives = async (
  locale: Locale,
  count: number
): Promise<Cooperative[]> => {
  const { cooperatives } = await listCooperatives(
    { page: 1, pageSize: FEATURED_POOL },
    locale
  )
  return [...cooperatives]
    .sort((a, b) => b.productCount - a.productCount)
    .slice(0, count)
}
