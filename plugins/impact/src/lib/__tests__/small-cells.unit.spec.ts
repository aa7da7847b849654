import { cellsToHide, type Cell, isSmall } from "../small-cells"

const cell = (
  key: string,
  group: string,
  cooperatives: number,
  buyers: number,
  sales_value: number
): Cell => ({ key, group, cooperatives, buyers, sales_value })

describe("small cells on the public page", () => {
  it("calls a cell small below 3 cooperatives or 3 buyers", () => {
    expect(isSmall({ cooperatives: 2, buyers: 50 })).toBe(true)
    expect(isSmall({ cooperatives: 5, buyers: 2 })).toBe(true)
    expect(isSmall({ cooperatives: 3, buyers: 3 })).toBe(false)
  })

  it("hides the small cells and shows the rest", () => {
    const hidden = cellsToHide(
      [
        cell("a", "15", 3, 10, 500),
        cell("b", "15", 1, 10, 900),
        cell("c", "15", 4, 2, 300),
      ],
      new Set()
    )
    expect([...hidden].sort()).toEqual(["b", "c"])
  })

  it("hides the next smallest cell when a shown group would give one hidden cell away", () => {
    const hidden = cellsToHide(
      [
        cell("a", "15", 3, 10, 500),
        cell("b", "15", 1, 1, 900),
        cell("c", "15", 5, 12, 300),
        cell("d", "14", 1, 1, 100),
      ],
      new Set(["15"])
    )
    // In 15, b alone would be total − a − c: c, the smallest shown, goes too. 14's total is not shown.
    expect([...hidden].sort()).toEqual(["b", "c", "d"])
  })

  it("leaves a group alone when its single hidden cell has no sales to give away", () => {
    const hidden = cellsToHide(
      [
        cell("a", "15", 3, 10, 500),
        cell("b", "15", 0, 0, 0),
        cell("c", "15", 5, 12, 300),
      ],
      new Set(["15"])
    )
    expect([...hidden]).toEqual(["b"])
  })
})
