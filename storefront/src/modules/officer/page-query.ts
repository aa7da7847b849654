import type { RawSearchParams } from "@/lib/util/search-params"

/** The page's own address with its query, for the sign-in page to send the officer back to. */
export const addressOf = (path: string, query: RawSearchParams): string => {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value
    if (first && /^[\w-]{1,30}$/.test(name) && /^[\w.-]{1,30}$/.test(first)) {
      search.set(name, first)
    }
  }
  const text = search.toString()
  return text ? `${path}?${text}` : path
}
