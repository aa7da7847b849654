import {
  formatDate,
  formatDateTime,
  formatVietnamDay,
  isoDateInVietnam,
  monthInVietnam,
} from "../dates"

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

  it("shows when a parcel moved on Vietnam's clock", () => {
    const vi = formatDateTime(lateEvening, "vi")
    expect(vi).toContain("01/04/2026")
    expect(vi).toContain("00:30")
    const en = formatDateTime(lateEvening, "en")
    expect(en).toContain("1 April 2026")
    expect(en).toContain("00:30")
  })

  it("shows a day the backend gives in Vietnam as that same day", () => {
    expect(formatVietnamDay("2026-11-30", "vi")).toBe("30/11/2026")
    expect(formatVietnamDay("2026-11-30", "en")).toBe("30 November 2026")
    expect(() => formatVietnamDay("30/11/2026", "vi")).toThrow(RangeError)
  })
})
