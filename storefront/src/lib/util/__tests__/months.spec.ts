import { formatSeason, monthName, monthRuns } from "../months"

describe("monthName", () => {
  it("names months in both languages", () => {
    expect(monthName(1, "vi")).toBe("Tháng 1")
    expect(monthName(12, "vi")).toBe("Tháng 12")
    expect(monthName(8, "en")).toBe("August")
  })

  it("refuses numbers that are not months", () => {
    expect(() => monthName(0, "vi")).toThrow(RangeError)
    expect(() => monthName(13, "en")).toThrow(RangeError)
    expect(() => monthName(2.5, "en")).toThrow(RangeError)
  })
})

describe("monthRuns", () => {
  it("groups consecutive months and ignores order, duplicates and non-months", () => {
    expect(monthRuns([10, 8, 9, 9, 0, 14])).toEqual([[8, 10]])
    expect(monthRuns([3, 5, 6])).toEqual([
      [3, 3],
      [5, 6],
    ])
  })

  it("keeps a season across the new year whole", () => {
    expect(monthRuns([1, 2, 11, 12])).toEqual([[11, 2]])
    expect(monthRuns([12, 1, 5])).toEqual([
      [5, 5],
      [12, 1],
    ])
  })

  it("is one run for the whole year and none for no months", () => {
    expect(monthRuns([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])).toEqual([
      [1, 12],
    ])
    expect(monthRuns([])).toEqual([])
  })
})

describe("formatSeason", () => {
  it("writes runs as ranges", () => {
    expect(formatSeason([8, 9, 10], "vi")).toBe("Tháng 8 – Tháng 10")
    expect(formatSeason([8, 9, 10], "en")).toBe("August – October")
    expect(formatSeason([11, 12, 1, 2, 5], "en")).toBe(
      "May, November – February"
    )
    expect(formatSeason([6], "en")).toBe("June")
  })

  it("says all year round for twelve months", () => {
    const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
    expect(formatSeason(all, "vi")).toBe("Quanh năm")
    expect(formatSeason(all, "en")).toBe("All year round")
  })
})
