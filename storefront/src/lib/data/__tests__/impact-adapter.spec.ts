import {
  toCommuneReport,
  toImpactOverview,
  toImpactSeries,
  toImportProblems,
  toLegacyCommune,
  toOfficer,
  toProgrammes,
  toRecordedSales,
  toTransparency,
} from "../impact-adapter"
import type {
  ApiCommuneImpact,
  ApiImpactCommunesResponse,
  ApiTransparencyResponse,
} from "../impact-types"

// Shaped like the examples in plugins/impact/IMPACT_API.md.
const TRAM_TAU: ApiCommuneImpact = {
  commune_code: "04261",
  commune_name: "Xã Trạm Tấu",
  province_code: "15",
  province_name: "Lào Cai",
  sales_value: 152_000_000,
  online_sales_value: 52_000_000,
  recorded_sales_value: 100_000_000,
  orders: 120,
  buyers: 97,
  cooperatives: 2,
  products: 6,
  households: 85,
  households_poor: 30,
  households_near_poor: 12,
  households_ethnic_minority: 80,
  baseline_sales_value: 90_000_000,
  uplift_value: 62_000_000,
  uplift_pct: 68.9,
}

const OVERVIEW: ApiImpactCommunesResponse = {
  period: { from: "2025-12-01", to: "2026-11-30" },
  baseline: { from: "2024-12-01", to: "2025-11-30" },
  communes: [
    TRAM_TAU,
    {
      commune_code: "04456",
      commune_name: "Xã Mù Cang Chải",
      province_code: "15",
      province_name: "Lào Cai",
      sales_value: 4_000_000,
      online_sales_value: 4_000_000,
      recorded_sales_value: 0,
      baseline_sales_value: 0,
      uplift_value: 4_000_000,
      uplift_pct: null,
      orders: 3,
      buyers: 3,
      cooperatives: 1,
      products: 1,
      households: 20,
      households_poor: 5,
      households_near_poor: 2,
      households_ethnic_minority: 20,
    },
  ],
  provinces: [
    {
      province_code: "15",
      province_name: "Lào Cai",
      sales_value: 156_000_000,
      baseline_sales_value: 90_000_000,
      uplift_value: 66_000_000,
      uplift_pct: 73.3,
      orders: 123,
      buyers: 99,
      cooperatives: 3,
      products: 7,
      households: 105,
    },
  ],
  total: {
    sales_value: 156_000_000,
    baseline_sales_value: 90_000_000,
    uplift_value: 66_000_000,
    uplift_pct: 73.3,
    orders: 123,
    buyers: 99,
    cooperatives: 3,
    products: 7,
    households: 105,
  },
}

describe("toImpactOverview", () => {
  it("reshapes each commune's figures and keeps the periods", () => {
    const overview = toImpactOverview(OVERVIEW)
    expect(overview.period).toEqual({ from: "2025-12-01", to: "2026-11-30" })
    expect(overview.baseline).toEqual({ from: "2024-12-01", to: "2025-11-30" })
    expect(overview.communes[0]).toEqual({
      communeCode: "04261",
      communeName: "Xã Trạm Tấu",
      provinceCode: "15",
      provinceName: "Lào Cai",
      salesValue: 152_000_000,
      onlineSalesValue: 52_000_000,
      recordedSalesValue: 100_000_000,
      baselineSalesValue: 90_000_000,
      upliftValue: 62_000_000,
      upliftPct: 68.9,
      orders: 120,
      buyers: 97,
      cooperatives: 2,
      products: 6,
      households: 85,
      householdsPoor: 30,
      householdsNearPoor: 12,
      householdsEthnicMinority: 80,
    })
  })

  it("keeps a missing uplift percentage (no baseline) as null, not 0", () => {
    const overview = toImpactOverview(OVERVIEW)
    expect(overview.communes[1]?.upliftPct).toBeNull()
  })

  it("reads figures the province and total rows leave out as 0", () => {
    const overview = toImpactOverview(OVERVIEW)
    expect(overview.provinces[0]).toMatchObject({
      provinceCode: "15",
      provinceName: "Lào Cai",
      salesValue: 156_000_000,
      onlineSalesValue: 0,
      householdsPoor: 0,
    })
    expect(overview.total.upliftPct).toBe(73.3)
    expect(overview.total.recordedSalesValue).toBe(0)
  })

  it("answers an empty overview for an empty answer", () => {
    expect(toImpactOverview({})).toMatchObject({
      period: { from: "", to: "" },
      communes: [],
      provinces: [],
      total: { salesValue: 0, upliftPct: null },
    })
  })

  it("falls back to the code where a name is missing", () => {
    const overview = toImpactOverview({
      communes: [{ commune_code: "99999", province_code: "15" }],
    })
    expect(overview.communes[0]).toMatchObject({
      communeName: "99999",
      provinceName: "15",
    })
  })
})

describe("toImpactSeries and toCommuneReport", () => {
  const months = [
    {
      month: "2025-01",
      online_sales_value: 1_500_000,
      recorded_sales_value: 0,
      sales_value: 1_500_000,
      orders: 4,
    },
    {
      month: "2024-12",
      online_sales_value: 0,
      recorded_sales_value: 7_000_000,
      sales_value: 7_000_000,
      orders: 0,
    },
    { month: "not a month", sales_value: 1 },
  ]

  it("puts the months in calendar order and drops what is not a month", () => {
    const series = toImpactSeries({ months })
    expect(series.months.map((month) => month.month)).toEqual([
      "2024-12",
      "2025-01",
    ])
    expect(series.months[0]).toEqual({
      month: "2024-12",
      onlineSalesValue: 0,
      recordedSalesValue: 7_000_000,
      salesValue: 7_000_000,
      orders: 0,
    })
  })

  it("adds online and recorded sales when a month leaves out its total", () => {
    const series = toImpactSeries({
      months: [
        {
          month: "2025-02",
          online_sales_value: 2_000,
          recorded_sales_value: 3_000,
        },
      ],
    })
    expect(series.months[0]?.salesValue).toBe(5_000)
  })

  it("reads the commune's cooperatives and products", () => {
    const report = toCommuneReport({
      period: { from: "2025-12-01", to: "2026-11-30" },
      baseline: { from: "2024-12-01", to: "2025-11-30" },
      commune: TRAM_TAU,
      months,
      cooperatives: [
        {
          id: "coop_1",
          name: "HTX Sơn tra Đỉnh Mây Trạm Tấu",
          handle: "htx-son-tra-tram-tau",
          sales_value: 150_000_000,
          online_sales_value: 50_000_000,
          recorded_sales_value: 100_000_000,
          baseline_sales_value: 90_000_000,
          orders: 118,
          buyers: 95,
          households: 60,
          programmes: ["qd-1719"],
        },
      ],
      products: [
        {
          product_id: "prod_1",
          title: "Táo mèo sấy",
          quantity: 12,
          item_value: 1_800_000,
        },
      ],
    })
    expect(report.commune.communeName).toBe("Xã Trạm Tấu")
    expect(report.months).toHaveLength(2)
    expect(report.cooperatives).toEqual([
      {
        id: "coop_1",
        name: "HTX Sơn tra Đỉnh Mây Trạm Tấu",
        handle: "htx-son-tra-tram-tau",
        salesValue: 150_000_000,
        onlineSalesValue: 50_000_000,
        recordedSalesValue: 100_000_000,
        baselineSalesValue: 90_000_000,
        orders: 118,
        buyers: 95,
        households: 60,
        programmes: ["qd-1719"],
      },
    ])
    expect(report.products).toEqual([
      {
        productId: "prod_1",
        title: "Táo mèo sấy",
        quantity: 12,
        itemValue: 1_800_000,
      },
    ])
  })
})

describe("toProgrammes and toOfficer", () => {
  const programmes = {
    programmes: [
      {
        code: "qd-1719",
        name_vi: "Quyết định 1719/QĐ-TTg",
        name_en: "Decision 1719/QĐ-TTg",
      },
      { code: "giam-ngheo-thong-tin", name_vi: "Giảm nghèo về thông tin" },
    ],
  }

  it("names each programme in the page's language, Vietnamese when English is missing", () => {
    expect(toProgrammes(programmes, "en")).toEqual([
      { code: "qd-1719", name: "Decision 1719/QĐ-TTg" },
      { code: "giam-ngheo-thong-tin", name: "Giảm nghèo về thông tin" },
    ])
    expect(toProgrammes(programmes, "vi")[0]?.name).toBe(
      "Quyết định 1719/QĐ-TTg"
    )
  })

  it("reads GET /officer/me", () => {
    expect(
      toOfficer({
        officer: {
          id: "off_1",
          email: "officer@chophien.local",
          name: "Cán bộ chương trình",
          all_provinces: false,
          provinces: [{ code: "15", name: "Tỉnh Lào Cai" }],
        },
      })
    ).toEqual({
      id: "off_1",
      email: "officer@chophien.local",
      name: "Cán bộ chương trình",
      allProvinces: false,
      provinces: [{ code: "15", name: "Tỉnh Lào Cai" }],
    })
  })
})

describe("recorded sales", () => {
  it("reads the list with its count", () => {
    const list = toRecordedSales({
      recorded_sales: [
        {
          id: "rsale_1",
          month: "2024-03",
          commune_code: "04261",
          commune_name: "Xã Trạm Tấu",
          province_code: "15",
          cooperative_id: null,
          sales_value: 9_000_000,
          source: "manual",
          legacy_commune_code: "04270",
          share: "0.5",
          note: "",
          created_at: "2026-01-05T03:00:00.000Z",
        },
      ],
      count: 31,
    })
    expect(list.count).toBe(31)
    expect(list.recordedSales[0]).toEqual({
      id: "rsale_1",
      month: "2024-03",
      communeCode: "04261",
      communeName: "Xã Trạm Tấu",
      provinceCode: "15",
      cooperativeId: undefined,
      salesValue: 9_000_000,
      source: "manual",
      legacyCommuneCode: "04270",
      share: 0.5,
      note: undefined,
      createdAt: "2026-01-05T03:00:00.000Z",
    })
  })

  it("reads a month given as a day", () => {
    const list = toRecordedSales({
      recorded_sales: [{ id: "r", month: "2024-03-01", commune_code: "04261" }],
    })
    expect(list.recordedSales[0]?.month).toBe("2024-03")
    expect(list.count).toBe(1)
  })

  it("reads an old commune's 2025 communes with their default shares as percentages", () => {
    expect(
      toLegacyCommune({
        legacy_commune: {
          code: "04270",
          full_name: "Xã Bản Công",
          old_province_name: "Yên Bái",
          split: true,
          communes: [
            {
              code: "04261",
              full_name: "Xã Trạm Tấu",
              province_code: "15",
              province_name: "Lào Cai",
              default_share: 0.333333,
            },
            {
              code: "04264",
              full_name: "Xã Tà Xi Láng",
              province_code: "15",
              province_name: "Lào Cai",
              default_share: 0.666667,
            },
          ],
        },
      })
    ).toEqual({
      code: "04270",
      name: "Xã Bản Công",
      oldProvinceName: "Yên Bái",
      communes: [
        {
          communeCode: "04261",
          communeName: "Xã Trạm Tấu",
          provinceName: "Lào Cai",
          share: 33.33,
        },
        {
          communeCode: "04264",
          communeName: "Xã Tà Xi Láng",
          provinceName: "Lào Cai",
          share: 66.67,
        },
      ],
    })
  })

  it("reads an old commune that became one 2025 commune whole", () => {
    const legacy = toLegacyCommune({
      legacy_commune: {
        code: "04270",
        communes: [{ code: "04261", default_share: 1 }],
      },
    })
    expect(legacy.name).toBeUndefined()
    expect(legacy.communes).toEqual([
      {
        communeCode: "04261",
        communeName: "04261",
        provinceName: undefined,
        share: 100,
      },
    ])
  })

  it("lists a refused import's problems by row, dropping ones without a sentence", () => {
    expect(
      toImportProblems([
        { row: 7, column: "doanh_so", message: "doanh_so is not a number" },
        { row: 2, column: "ma_xa", message: "99999 is not a commune" },
        { row: 3 },
      ])
    ).toEqual([
      { row: 2, column: "ma_xa", message: "99999 is not a commune" },
      { row: 7, column: "doanh_so", message: "doanh_so is not a number" },
    ])
  })
})

describe("toTransparency", () => {
  const response: ApiTransparencyResponse = {
    period: { from: "2025-12-01", to: "2026-11-30" },
    baseline: { from: "2024-12-01", to: "2025-11-30" },
    provinces: [
      {
        province_code: "15",
        province_name: "Lào Cai",
        hidden: false,
        sales_value: 156_000_000,
        orders: 123,
        cooperatives: 4,
        households: 105,
        uplift_pct: 73.3,
      },
    ],
    communes: [
      {
        commune_code: "04261",
        commune_name: "Xã Trạm Tấu",
        province_code: "15",
        hidden: true,
        sales_value: null,
        orders: null,
        cooperatives: null,
        households: null,
        uplift_pct: null,
      },
    ],
    total: {
      hidden: false,
      sales_value: 156_000_000,
      orders: 123,
      cooperatives: 4,
      households: 105,
      uplift_pct: null,
    },
  }

  it("keeps the figures of a shown cell", () => {
    const data = toTransparency(response)
    expect(data.provinces[0]).toEqual({
      provinceCode: "15",
      provinceName: "Lào Cai",
      figures: {
        hidden: false,
        salesValue: 156_000_000,
        orders: 123,
        cooperatives: 4,
        households: 105,
        upliftPct: 73.3,
      },
    })
    expect(data.total).toMatchObject({ hidden: false, upliftPct: null })
  })

  it("carries nothing but the name for a hidden cell", () => {
    const data = toTransparency(response)
    expect(data.communes[0]).toEqual({
      communeCode: "04261",
      communeName: "Xã Trạm Tấu",
      provinceCode: "15",
      figures: { hidden: true },
    })
  })

  it("hides a cell that comes without its figure rather than showing 0", () => {
    const data = toTransparency({
      communes: [{ commune_code: "04456", hidden: false }],
    })
    expect(data.communes[0]?.figures).toEqual({ hidden: true })
    expect(data.total).toEqual({ hidden: true })
  })
})
