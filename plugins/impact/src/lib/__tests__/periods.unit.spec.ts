import { makePeriod, monthsBetween, resolvePeriods } from "../periods"

const at = (iso: string) => new Date(iso)

describe("reporting periods", () => {
  it("defaults to twelve calendar months to today (in Vietnam) against the same days a year earlier", () => {
    // 18:00 UTC on 30 November is already 1 December in Vietnam.
    const { period, baseline } = resolvePeriods({}, at("2026-11-30T18:00:00Z"))
    expect([period.from, period.to]).toEqual(["2026-01-01", "2026-12-01"])
    expect([baseline.from, baseline.to]).toEqual(["2025-01-01", "2025-12-01"])
    expect([period.first_month, period.last_month]).toEqual([
      "2026-01",
      "2026-12",
    ])
  })

  it("turns days into instants of Vietnam's time", () => {
    const p = makePeriod("2026-03-01", "2026-03-31", "")
    expect(p.start.toISOString()).toBe("2026-02-28T17:00:00.000Z")
    expect(p.end.toISOString()).toBe("2026-03-31T17:00:00.000Z")
  })

  it("counts a month in a period only when its first day lies in it", () => {
    const p = makePeriod("2026-03-15", "2026-06-10", "")
    expect([p.first_month, p.last_month]).toEqual(["2026-04", "2026-06"])
  })

  it("moves a longer period's baseline back far enough not to overlap", () => {
    const { baseline } = resolvePeriods(
      { from: "2024-01-01", to: "2025-06-30" },
      at("2026-01-01T00:00:00Z")
    )
    expect([baseline.from, baseline.to]).toEqual(["2022-01-01", "2023-06-30"])
  })

  it("keeps a leap day's baseline inside February", () => {
    const { baseline } = resolvePeriods(
      { from: "2028-02-01", to: "2028-02-29" },
      at("2028-03-01T00:00:00Z")
    )
    expect([baseline.from, baseline.to]).toEqual(["2027-02-01", "2027-02-28"])
  })

  it("takes a baseline given in full", () => {
    const { baseline } = resolvePeriods(
      {
        from: "2026-01-01",
        to: "2026-03-31",
        baseline_from: "2025-10-01",
        baseline_to: "2025-12-31",
      },
      at("2026-04-01T00:00:00Z")
    )
    expect([baseline.from, baseline.to]).toEqual(["2025-10-01", "2025-12-31"])
  })

  it.each([
    [{ from: "2026-02-30" }, "from must be a real day written YYYY-MM-DD."],
    [
      { from: "2026-05-01", to: "2026-04-01" },
      "from (2026-05-01) must not come after to (2026-04-01).",
    ],
    [
      { from: "2019-01-01", to: "2026-01-01" },
      "A period is at most 5 years; from to to spans 2558 days.",
    ],
    [
      { baseline_to: "2025-01-01" },
      "Give both baseline_from and baseline_to, or neither for the same days a year earlier.",
    ],
    [
      {
        from: "2026-01-01",
        to: "2026-01-31",
        baseline_from: "2025-02-01",
        baseline_to: "2025-01-01",
      },
      "baseline_from (2025-02-01) must not come after baseline_to (2025-01-01).",
    ],
  ])("refuses %j with a sentence", (query, message) => {
    expect(() => resolvePeriods(query, at("2026-06-01T00:00:00Z"))).toThrow(
      message
    )
  })

  it("lists the months between two months", () => {
    expect(monthsBetween("2025-11", "2026-02")).toEqual([
      "2025-11",
      "2025-12",
      "2026-01",
      "2026-02",
    ])
    expect(monthsBetween("2026-03", "2026-02")).toEqual([])
  })
})
