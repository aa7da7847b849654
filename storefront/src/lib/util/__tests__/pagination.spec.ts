import { pageCount, visiblePages } from "../pagination"

describe("pagination", () => {
  it("counts pages, at least one", () => {
    expect(pageCount(0, 24)).toBe(1)
    expect(pageCount(24, 24)).toBe(1)
    expect(pageCount(25, 24)).toBe(2)
  })

  it("links the first, the last and two either side of the current page", () => {
    expect(visiblePages(1, 1)).toEqual([1])
    expect(visiblePages(1, 3)).toEqual([1, 2, 3])
    expect(visiblePages(6, 20)).toEqual([1, 4, 5, 6, 7, 8, 20])
    expect(visiblePages(20, 20)).toEqual([1, 18, 19, 20])
  })
})
