import { formatCompactVnd, formatCount, formatPercent } from "../numbers"

describe("formatCount", () => {
  it("groups thousands with dots in Vietnamese and commas in English", () => {
    expect(formatCount(1234, "vi")).toBe("1.234")
    expect(formatCount(1234567, "en")).toBe("1,234,567")
    expect(formatCount(0, "vi")).toBe("0")
    expect(formatCount(-1500, "vi")).toBe("-1.500")
  })

  it("refuses what is not a number", () => {
    expect(() => formatCount(Number.NaN, "vi")).toThrow(RangeError)
  })
})

describe("formatPercent", () => {
  it("writes one decimal with a comma and a space before the sign in Vietnamese", () => {
    expect(formatPercent(12.5, "vi")).toBe("12,5 %")
    expect(formatPercent(68.94, "vi")).toBe("68,9 %")
    expect(formatPercent(1234.5, "vi")).toBe("1.234,5 %")
  })

  it("writes English percentages the English way", () => {
    expect(formatPercent(12.5, "en")).toBe("12.5%")
    expect(formatPercent(1234.5, "en")).toBe("1,234.5%")
  })

  it("leaves out a decimal of 0 and keeps the sign of a fall", () => {
    expect(formatPercent(100, "vi")).toBe("100 %")
    expect(formatPercent(-3.25, "vi")).toBe("-3,3 %")
    expect(formatPercent(-0.01, "en")).toBe("0%")
  })
})

describe("formatCompactVnd", () => {
  it("shortens amounts for a chart's axis", () => {
    expect(formatCompactVnd(150_000_000, "vi")).toBe("150 tr")
    expect(formatCompactVnd(1_200_000_000, "vi")).toBe("1,2 tỷ")
    expect(formatCompactVnd(2_500, "vi")).toBe("2,5 nghìn")
    expect(formatCompactVnd(150_000_000, "en")).toBe("150M")
    expect(formatCompactVnd(1_200_000_000, "en")).toBe("1.2bn")
    expect(formatCompactVnd(0, "en")).toBe("0")
  })
})
