import { formatDate, isoDateInVietnam, monthInVietnam } from "../dates"

describe("dates in Vietnam", () => {
  // 17:30 UTC on 31 March is already 1 April in Hồ Chí Minh City (UTC+7).
  const lateEvening = "2026-03-31T17:30:00.000Z"

  it("shows the calendar day in Vietnam, not in UTC", () => {
    expect(formatDate(lateEvening, "vi")).toBe("01/04/2026")
    expect(formatDate(lateEvening, "en")).toBe("1 April 2026")
    expect(isoDateInVietnam(lateEvening)).toBe("2026-04-01")
  })

  it("knows this month in Vietnam", () => {
    expect(monthInVietnam(new Date(lateEvening))).toBe(4)
    expect(monthInVietnam(new Date("2026-03-31T16:59:00.000Z"))).toBe(3)
  })

  it("refuses a string that is not a date", () => {
    expect(() => formatDate("soon", "vi")).toThrow(RangeError)
  })
})
