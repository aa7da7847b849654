import type { CommuneImpact } from "@/types/impact"

import {
  addMonths,
  defaultBaseline,
  DEFAULT_SORT,
  lastDayOf,
  monthInVietnam,
  monthSpan,
  nextSort,
  readImpactFilters,
  readSort,
  sortCommunes,
  toApiQuery,
  toPageQuery,
} from "../filters"

// 30 November 2026 at 20:00 UTC is already 1 December in Vietnam.
const NOW = new Date("2026-11-30T20:00:00Z")
const ALLOWED = { provinces: ["15", "14"], programmes: ["qd-1719"] }

describe("months", () => {
  it("steps across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12")
    expect(addMonths("2025-12", 12)).toBe("2026-12")
    expect(addMonths("2026-03", -14)).toBe("2025-01")
  })

  it("counts a span with both ends", () => {
    expect(monthSpan("2025-12", "2026-11")).toBe(12)
    expect(monthSpan("2026-11", "2025-12")).toBe(0)
  })

  it("knows each month's last day, leap years too", () => {
    expect(lastDayOf("2026-02")).toBe("2026-02-28")
    expect(lastDayOf("2028-02")).toBe("2028-02-29")
    expect(lastDayOf("2025-12")).toBe("2025-12-31")
  })

  it("reads this month in Vietnam's time", () => {
    expect(monthInVietnam(NOW)).toBe("2026-12")
  })

  it("compares with the same months a year earlier, or as many years as the period spans", () => {
    expect(defaultBaseline("2025-12", "2026-11")).toEqual({
      baselineFrom: "2024-12",
      baselineTo: "2025-11",
    })
    expect(defaultBaseline("2026-04", "2026-06")).toEqual({
      baselineFrom: "2025-04",
      baselineTo: "2025-06",
    })
    expect(defaultBaseline("2024-07", "2026-06")).toEqual({
      baselineFrom: "2022-07",
      baselineTo: "2024-06",
    })
  })
})

describe("readImpactFilters", () => {
  it("shows the last twelve months against the twelve before by default", () => {
    expect(readImpactFilters({}, NOW, ALLOWED)).toEqual({
      from: "2026-01",
      to: "2026-12",
      baselineFrom: "2025-01",
      baselineTo: "2025-12",
      baselineGiven: false,
      today: "2026-12-01",
    })
  })

  it("keeps what the address asks for", () => {
    expect(
      readImpactFilters(
        {
          from: "2025-12",
          to: "2026-11",
          baseline_from: "2023-12",
          baseline_to: "2024-11",
          province: "15",
          programme: "qd-1719",
        },
        NOW,
        ALLOWED
      )
    ).toEqual({
      from: "2025-12",
      to: "2026-11",
      baselineFrom: "2023-12",
      baselineTo: "2024-11",
      baselineGiven: true,
      today: "2026-12-01",
      province: "15",
      programme: "qd-1719",
    })
  })

  it("leaves out a province the officer may not read and a programme that does not exist", () => {
    const filters = readImpactFilters(
      { province: "01", programme: "khong-co" },
      NOW,
      ALLOWED
    )
    expect(filters.province).toBeUndefined()
    expect(filters.programme).toBeUndefined()
  })

  it("uses the default for a month that is not one, and needs both baseline ends", () => {
    const filters = readImpactFilters(
      { from: "2025-13", to: "soon", baseline_from: "2024-01" },
      NOW,
      ALLOWED
    )
    expect(filters).toMatchObject({
      from: "2026-01",
      to: "2026-12",
      baselineFrom: "2025-01",
      baselineTo: "2025-12",
      baselineGiven: false,
    })
  })

  it("follows the period with the default baseline when only the period is given", () => {
    expect(
      readImpactFilters({ from: "2026-04", to: "2026-06" }, NOW, ALLOWED)
    ).toMatchObject({ baselineFrom: "2025-04", baselineTo: "2025-06" })
  })
})

describe("queries", () => {
  const filters = {
    from: "2025-12",
    to: "2026-02",
    baselineFrom: "2025-09",
    baselineTo: "2025-11",
    baselineGiven: true,
    today: "2026-11-29",
    province: "15",
    programme: "qd-1719",
  }

  it("asks the backend for whole months, in days", () => {
    expect(toApiQuery(filters)).toEqual({
      from: "2025-12-01",
      to: "2026-02-28",
      baseline_from: "2025-09-01",
      baseline_to: "2025-11-30",
      province: "15",
      programme: "qd-1719",
    })
    expect(toApiQuery(filters, { withProvince: false })).not.toHaveProperty(
      "province"
    )
  })

  it("ends a period that ends this month today, its default baseline on the same day", () => {
    const thisYear = readImpactFilters(
      {},
      new Date("2026-03-30T12:00:00Z"),
      ALLOWED
    )
    expect(toApiQuery(thisYear)).toEqual({
      from: "2025-04-01",
      to: "2026-03-30",
      baseline_from: "2024-04-01",
      baseline_to: "2025-03-30",
    })
    // 29 February has no match the year before: the month's last day.
    const leap = readImpactFilters(
      {},
      new Date("2028-02-29T12:00:00Z"),
      ALLOWED
    )
    expect(toApiQuery(leap)).toMatchObject({
      to: "2028-02-29",
      baseline_to: "2027-02-28",
    })
  })

  it("keeps a baseline the officer picked whole", () => {
    const picked = readImpactFilters(
      { baseline_from: "2024-04", baseline_to: "2025-03" },
      new Date("2026-03-30T12:00:00Z"),
      ALLOWED
    )
    expect(toApiQuery(picked)).toMatchObject({
      to: "2026-03-30",
      baseline_to: "2025-03-31",
    })
  })

  it("keeps months in the page's own links, and the sort only when it is not the default", () => {
    expect(toPageQuery(filters, DEFAULT_SORT)).toEqual({
      from: "2025-12",
      to: "2026-02",
      baseline_from: "2025-09",
      baseline_to: "2025-11",
      province: "15",
      programme: "qd-1719",
    })
    expect(
      toPageQuery(filters, { key: "orders", direction: "asc" })
    ).toMatchObject({ sort: "orders", dir: "asc" })
  })

  it("leaves a default baseline out of the links, so it follows the period", () => {
    expect(
      toPageQuery({ ...filters, baselineGiven: false }, DEFAULT_SORT)
    ).toEqual({
      from: "2025-12",
      to: "2026-02",
      province: "15",
      programme: "qd-1719",
    })
  })
})

describe("sorting", () => {
  const row = (
    communeName: string,
    upliftValue: number,
    upliftPct: number | null,
    orders = 0
  ): CommuneImpact => ({
    communeCode: communeName,
    communeName,
    provinceCode: "15",
    provinceName: "Lào Cai",
    salesValue: 0,
    onlineSalesValue: 0,
    recordedSalesValue: 0,
    baselineSalesValue: 0,
    upliftValue,
    upliftPct,
    orders,
    buyers: 0,
    cooperatives: 0,
    products: 0,
    households: 0,
    householdsPoor: 0,
    householdsNearPoor: 0,
    householdsEthnicMinority: 0,
  })
  const rows = [
    row("Xã Tú Lệ", 5_000_000, 10),
    row("Xã Ảng Tở", 60_000_000, null, 7),
    row("Xã Bản Hồ", 62_000_000, 68.9, 7),
  ]
  const names = (list: CommuneImpact[]) => list.map((item) => item.communeName)

  it("reads the sort from the address, largest uplift first by default", () => {
    expect(readSort({})).toEqual(DEFAULT_SORT)
    expect(readSort({ sort: "orders" })).toEqual({
      key: "orders",
      direction: "desc",
    })
    expect(readSort({ sort: "name" })).toEqual({
      key: "name",
      direction: "asc",
    })
    expect(readSort({ sort: "drop table", dir: "asc" })).toEqual(DEFAULT_SORT)
  })

  it("turns a column round when it is already the sort", () => {
    expect(nextSort(DEFAULT_SORT, "uplift_value")).toEqual({
      key: "uplift_value",
      direction: "asc",
    })
    expect(nextSort(DEFAULT_SORT, "name")).toEqual({
      key: "name",
      direction: "asc",
    })
  })

  it("sorts by a figure either way, equal figures by name", () => {
    expect(names(sortCommunes(rows, DEFAULT_SORT))).toEqual([
      "Xã Bản Hồ",
      "Xã Ảng Tở",
      "Xã Tú Lệ",
    ])
    expect(
      names(sortCommunes(rows, { key: "orders", direction: "desc" }))
    ).toEqual(["Xã Ảng Tở", "Xã Bản Hồ", "Xã Tú Lệ"])
  })

  it("puts communes without an uplift percentage last either way", () => {
    expect(
      names(sortCommunes(rows, { key: "uplift_pct", direction: "asc" }))
    ).toEqual(["Xã Tú Lệ", "Xã Bản Hồ", "Xã Ảng Tở"])
    expect(
      names(sortCommunes(rows, { key: "uplift_pct", direction: "desc" }))
    ).toEqual(["Xã Bản Hồ", "Xã Tú Lệ", "Xã Ảng Tở"])
  })

  it("sorts names the Vietnamese way, accents after their letter", () => {
    expect(
      names(sortCommunes(rows, { key: "name", direction: "asc" }))
    ).toEqual(["Xã Ảng Tở", "Xã Bản Hồ", "Xã Tú Lệ"])
  })
})
