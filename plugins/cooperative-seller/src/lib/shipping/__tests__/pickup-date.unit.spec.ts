import { pickupDateFor } from "../pickup-date"

describe("pickupDateFor: the day the courier comes", () => {
  it("is the same day for a request made in the morning, Vietnam time", () => {
    // 09:30 in Hà Nội on Tuesday 1 December 2026.
    expect(pickupDateFor(new Date("2026-12-01T02:30:00Z"))).toBe("2026-12-01")
  })

  it("is the next day from noon on", () => {
    expect(pickupDateFor(new Date("2026-12-01T05:00:00Z"))).toBe("2026-12-02")
    expect(pickupDateFor(new Date("2026-12-01T04:59:59Z"))).toBe("2026-12-01")
  })

  it("counts the day in Vietnam, not in UTC", () => {
    // 23:30 UTC on Monday 30 November is 06:30 on Tuesday in Vietnam.
    expect(pickupDateFor(new Date("2026-11-30T23:30:00Z"))).toBe("2026-12-01")
  })

  it("moves a Sunday to Monday", () => {
    // Saturday 5 December 2026, 15:00 in Vietnam: the next day is a Sunday.
    expect(pickupDateFor(new Date("2026-12-05T08:00:00Z"))).toBe("2026-12-07")
    // Sunday morning itself.
    expect(pickupDateFor(new Date("2026-12-06T01:00:00Z"))).toBe("2026-12-07")
  })

  it("crosses the end of a month and a year", () => {
    expect(pickupDateFor(new Date("2026-12-31T06:00:00Z"))).toBe("2027-01-01")
  })
})
