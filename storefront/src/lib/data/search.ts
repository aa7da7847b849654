import "server-only"

import { getPathname } from "@/i18n/navigation"
import type { Locale } from "@/i18n/routing"
import { SEARCH_PAGE_SIZE } from "@/lib/util/search-query"
import type { SearchPage, SearchQuery, SearchSuggestion } from "@/types/search"

import { backendUrl, sdk } from "./config"
import {
  toSearchPage,
  toSearchRequest,
  toSearchSuggestion,
} from "./search-adapter"
import type { StoreSearchResponse, StoreSuggestResponse } from "./search-types"
import { storeFetch } from "./store-fetch"

/** Search answers are kept a minute under the `search` tag: a shared link opens at once. */
export const SEARCH_REVALIDATE_SECONDS = 60
/** The most suggestions the box shows (the backend's own limit). */
const MAX_SUGGESTIONS = 6

/** One page of results (24) for a validated search, with its facets and "did you mean". */
export const getSearchResults = async (
  query: SearchQuery,
  locale: Locale
): Promise<SearchPage> =>
  toSearchPage(
    await storeFetch<StoreSearchResponse>("/store/search", {
      query: toSearchRequest(query, SEARCH_PAGE_SIZE),
      tags: ["search"],
      revalidate: SEARCH_REVALIDATE_SECONDS,
    }),
    locale,
    backendUrl()
  )

/**
 * As-you-type suggestions for `q` (1–100 characters), never cached: each keystroke asks afresh,
 * and `signal` drops the backend call when the browser has moved on to the next one.
 */
export const getSearchSuggestions = async (
  q: string,
  locale: Locale,
  signal?: AbortSignal
): Promise<SearchSuggestion[]> => {
  const response = await sdk().client.fetch<StoreSuggestResponse>(
    "/store/search/suggest",
    { query: { q }, cache: "no-store", signal }
  )
  const base = backendUrl()
  return response.suggestions
    .slice(0, MAX_SUGGESTIONS)
    .map((suggestion) =>
      toSearchSuggestion(suggestion, locale, base, (handle) =>
        getPathname({ href: `/products/${encodeURIComponent(handle)}`, locale })
      )
    )
}
