/**
 * Small-cell protection for the public transparency page: a figure that fewer than
 * MIN_CELL_SIZE cooperatives or buyers stand behind could point at a household, so it is hidden;
 * and when a group (a province, or the country) would show exactly one hidden part, the next
 * smallest part is hidden too, so that the hidden one cannot be worked out by subtraction.
 */
export const MIN_CELL_SIZE = 3

export type Cell = {
  key: string
  group: string
  cooperatives: number
  buyers: number
  sales_value: number
}

export const isSmall = (cell: {
  cooperatives: number
  buyers: number
}): boolean => cell.cooperatives < MIN_CELL_SIZE || cell.buyers < MIN_CELL_SIZE

/** The keys of the cells to hide. `shownGroups` are the groups whose total is shown. */
export const cellsToHide = (
  cells: Cell[],
  shownGroups: Set<string>
): Set<string> => {
  const hidden = new Set(cells.filter(isSmall).map((c) => c.key))
  const byGroup = new Map<string, Cell[]>()
  for (const cell of cells) {
    byGroup.set(cell.group, [...(byGroup.get(cell.group) ?? []), cell])
  }
  for (const [group, members] of byGroup) {
    if (!shownGroups.has(group)) {
      continue
    }
    const hiddenHere = members.filter((c) => hidden.has(c.key))
    const hiddenWithSales = hiddenHere.filter((c) => c.sales_value !== 0)
    if (hiddenHere.length === 1 && hiddenWithSales.length === 1) {
      const next = members
        .filter((c) => !hidden.has(c.key))
        .sort(
          (a, b) => a.sales_value - b.sales_value || a.key.localeCompare(b.key)
        )[0]
      if (next) {
        hidden.add(next.key)
      }
    }
  }
  return hidden
}
