/** How many pages `count` items fill, at least one. */
export const pageCount = (count: number, pageSize: number): number =>
  Math.max(1, Math.ceil(count / pageSize))

/** The pages to link: the first, the last, and two either side of the current one. */
export const visiblePages = (page: number, pages: number): number[] => {
  const shown = new Set([1, pages])
  for (let near = page - 2; near <= page + 2; near += 1) {
    if (near >= 1 && near <= pages) {
      shown.add(near)
    }
  }
  return [...shown].sort((a, b) => a - b)
}

/** The page `?page=` asks for, from 1 to `last`; 1 when it names none. */
export const pageFromQuery = (value: unknown, last = 500): number =>
  Math.max(1, Math.min(last, Number(value) || 1))

/** The rows a page shows, as the backend's limit and offset. */
export const pageRange = (
  page: number,
  pageSize: number
): { limit: number; offset: number } => ({
  limit: pageSize,
  offset: (page - 1) * pageSize,
})

/** The address of each page of a list at `pathname`, keeping its filters. */
export const pageHref =
  (pathname: string, query: Record<string, string> = {}) =>
  (page: number): { pathname: string; query: Record<string, string> } => ({
    pathname,
    query: { ...query, page: String(page) },
  })
