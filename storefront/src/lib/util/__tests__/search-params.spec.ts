import {
  activeFilterCount,
  catalogueSearchParams,
  maxPage,
  parseCatalogueQuery,
  parseCooperativeListQuery,
} from "../search-params"

const PROVINCES = new Set(["15", "17", "08"])

describe("parseCatalogueQuery", () => {
  it("reads every filter of a shared link", () => {
    expect(
      parseCatalogueQuery(
        {
          province: "15",
          category: "kho-say",
          certification: "OCOP",
          ocop_min: "4",
          price_min: "50000",
          price_max: "300.000",
          harvest_month: "9",
          sort: "price_asc",
          page: "2",
        },
        PROVINCES
      )
    ).toEqual({
      province: "15",
      category: "kho-say",
      certification: "OCOP",
      ocopMin: 4,
      priceMin: 50000,
      priceMax: 300000,
      harvestMonth: 9,
      sort: "price_asc",
      page: 2,
    })
  })

  it("gives the plain first page, newest first, for no parameters or empty ones", () => {
    const empty = { sort: "newest", page: 1 }
    expect(parseCatalogueQuery({})).toEqual(empty)
    expect(
      parseCatalogueQuery({
        province: "",
        category: "",
        certification: "",
        ocop_min: "",
        price_min: "",
        price_max: " ",
        sort: "",
        page: "",
      })
    ).toEqual(empty)
  })

  it("ignores values that are not valid", () => {
    expect(
      parseCatalogueQuery(
        {
          province: "99",
          category: "Kho Say!",
          certification: "ocop",
          ocop_min: "2",
          price_min: "-5",
          price_max: "1e5",
          harvest_month: "13",
          sort: "cheapest",
          page: "zero",
        },
        PROVINCES
      )
    ).toEqual({ sort: "newest", page: 1 })
    expect(parseCatalogueQuery({ province: "lao-cai" })).toEqual({
      sort: "newest",
      page: 1,
    })
    expect(parseCatalogueQuery({ price_max: "100000001", page: "-3" })).toEqual(
      { sort: "newest", page: 1 }
    )
  })

  it("takes the first of repeated parameters", () => {
    expect(
      parseCatalogueQuery({ province: ["17", "15"] }, PROVINCES).province
    ).toBe("17")
  })

  it("swaps a minimum price above the maximum", () => {
    const query = parseCatalogueQuery({
      price_min: "400000",
      price_max: "100000",
    })
    expect([query.priceMin, query.priceMax]).toEqual([100000, 400000])
  })

  it("clamps a page past the backend's reach", () => {
    expect(parseCatalogueQuery({ page: "100000" }).page).toBe(maxPage(24))
    expect(maxPage(24)).toBe(417)
  })
})

describe("catalogueSearchParams", () => {
  it("writes filters in a stable order without defaults", () => {
    expect(
      catalogueSearchParams({
        page: 1,
        sort: "newest",
        priceMax: 300000,
        province: "15",
        ocopMin: 4,
      })
    ).toEqual({ province: "15", ocop_min: "4", price_max: "300000" })
    expect(
      Object.keys(
        catalogueSearchParams({
          sort: "title",
          page: 3,
          category: "gao-mien",
          certification: "VietGAP",
          priceMin: 0,
          harvestMonth: 1,
        })
      )
    ).toEqual([
      "category",
      "certification",
      "price_min",
      "harvest_month",
      "sort",
      "page",
    ])
  })

  it("round-trips through the parser", () => {
    const query = parseCatalogueQuery(
      { province: "08", sort: "price_desc", page: "4", price_min: "0" },
      PROVINCES
    )
    expect(
      parseCatalogueQuery(catalogueSearchParams(query), PROVINCES)
    ).toEqual(query)
  })
})

describe("activeFilterCount", () => {
  it("counts filters, not the sort or the page", () => {
    expect(activeFilterCount({})).toBe(0)
    expect(activeFilterCount({ province: "15", priceMin: 0, ocopMin: 5 })).toBe(
      3
    )
  })
})

describe("parseCooperativeListQuery", () => {
  it("reads a known province and a page", () => {
    expect(
      parseCooperativeListQuery({ province: "15", page: "2" }, PROVINCES)
    ).toEqual({ province: "15", page: 2 })
  })

  it("drops an unknown province and a bad page", () => {
    expect(
      parseCooperativeListQuery({ province: "42", page: "0" }, PROVINCES)
    ).toEqual({ page: 1 })
    expect(parseCooperativeListQuery({ page: "1.5" })).toEqual({ page: 1 })
  })
})
