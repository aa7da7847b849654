import {
  pageCount,
  pageFromQuery,
  pageHref,
  pageRange,
  visiblePages,
} from "../pagination"

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

  it("reads the asked page, 1 when it is missing or not a number, never past the last", () => {
    expect(pageFromQuery(undefined)).toBe(1)
    expect(pageFromQuery("abc")).toBe(1)
    expect(pageFromQuery(["2", "3"])).toBe(1)
    expect(pageFromQuery("-4")).toBe(1)
    expect(pageFromQuery("3")).toBe(3)
    expect(pageFromQuery("9999")).toBe(500)
    expect(pageFromQuery("9999", 200)).toBe(200)
  })

  it("asks the backend for the page's rows", () => {
    expect(pageRange(1, 20)).toEqual({ limit: 20, offset: 0 })
    expect(pageRange(3, 20)).toEqual({ limit: 20, offset: 40 })
  })

  it("links each page with the list's filters kept", () => {
    expect(pageHref("/seller/orders", { status: "shipped" })(2)).toEqual({
      pathname: "/seller/orders",
      query: { status: "shipped", page: "2" },
    })
    expect(pageHref("/seller/cod")(1)).toEqual({
      pathname: "/seller/cod",
      query: { page: "1" },
    })
  })
})
