import { formatDayRange, formatMonth } from "../format"

describe("formatMonth", () => {
  it("writes a month as each language reads it", () => {
    expect(formatMonth("2025-12", "vi")).toBe("12/2025")
    expect(formatMonth("2025-12", "en")).toBe("Dec 2025")
    expect(formatMonth("2026-03", "vi", { short: true })).toBe("03/26")
    expect(formatMonth("2026-03", "en", { short: true })).toBe("Mar 26")
  })
})

describe("formatDayRange", () => {
  it("writes both days of a period in Vietnam's calendar", () => {
    expect(formatDayRange({ from: "2025-12-01", to: "2026-11-30" }, "vi")).toBe(
      "01/12/2025 – 30/11/2026"
    )
    expect(formatDayRange({ from: "2025-12-01", to: "2026-11-30" }, "en")).toBe(
      "1 December 2025 – 30 November 2026"
    )
  })

  it("is empty when the backend gave no period", () => {
    expect(formatDayRange({ from: "", to: "" }, "vi")).toBe("")
  })
})
