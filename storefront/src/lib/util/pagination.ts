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
