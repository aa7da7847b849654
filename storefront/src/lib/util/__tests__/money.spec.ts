import { formatVnd } from "../money"

describe("formatVnd", () => {
  it.each([
    [0, "0 ₫"],
    [5, "5 ₫"],
    [999, "999 ₫"],
    [1000, "1.000 ₫"],
    [150000, "150.000 ₫"],
    [1234567, "1.234.567 ₫"],
    [1000000000, "1.000.000.000 ₫"],
  ])("formats %d đồng as %s", (amount, expected) => {
    expect(formatVnd(amount)).toBe(expected)
  })

  it("puts a minus sign before negative amounts", () => {
    expect(formatVnd(-150000)).toBe("-150.000 ₫")
  })

  it("rounds to the nearest đồng", () => {
    expect(formatVnd(1499.5)).toBe("1.500 ₫")
    expect(formatVnd(149999.4)).toBe("149.999 ₫")
    expect(formatVnd(-0.4)).toBe("0 ₫")
  })

  it("separates the sign with a plain space, not a non-breaking one", () => {
    expect(formatVnd(150000)).toContain("\u0020₫")
    expect(formatVnd(150000)).not.toContain("\u00a0")
  })

  it("refuses amounts that are not numbers", () => {
    expect(() => formatVnd(Number.NaN)).toThrow(RangeError)
    expect(() => formatVnd(Number.POSITIVE_INFINITY)).toThrow(RangeError)
  })
})
