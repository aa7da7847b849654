import { hasLocale } from "next-intl"
import type { NextRequest } from "next/server"

import { routing } from "@/i18n/routing"
import { getSearchSuggestions } from "@/lib/data/search"
import { normalizeSearchText } from "@/lib/util/search-query"
import type { SearchSuggestion } from "@/types/search"

const NO_STORE = { "cache-control": "no-store" }

/**
 * The header search box's as-you-type suggestions: `?q=` (cut to 100 characters) and
 * `&locale=vi|en` for the titles' language. Read by the browser, answered fresh every time.
 */
export const GET = async (request: NextRequest): Promise<Response> => {
  const params = request.nextUrl.searchParams
  const q = normalizeSearchText(params.get("q") ?? "")
  const requested = params.get("locale")
  const locale = hasLocale(routing.locales, requested)
    ? requested
    : routing.defaultLocale
  if (q === "") {
    return Response.json(
      { suggestions: [] satisfies SearchSuggestion[] },
      { headers: NO_STORE }
    )
  }
  try {
    const suggestions = await getSearchSuggestions(q, locale, request.signal)
    return Response.json({ suggestions }, { headers: NO_STORE })
  } catch {
    // The box then simply shows no suggestions; the search itself still works.
    return Response.json(
      { suggestions: [], message: "Suggestions are not available right now." },
      { status: 502, headers: NO_STORE }
    )
  }
}
