import {
  activeSearchFilterCount,
  normalizeSearchText,
  parseSearchQuery,
  searchSearchParams,
} from "../search-query"

const PROVINCES = new Set(["15", "14", "08"])

describe("normalizeSearchText", () => {
  it("trims, joins runs of spaces and drops control characters", () => {
    expect(normalizeSearchText("  tao \t meo\n")).toBe("tao meo")
    expect(normalizeSearchText("mật\u0000ong")).toBe("mật ong")
    expect(normalizeSearchText("   ")).toBe("")
  })

  it("writes accents in one form, however the keyboard typed them", () => {
    // "mèo" typed as e + a combining grave accent, as some keyboards send it.
    expect(normalizeSearchText("me\u0300o")).toBe("mèo")
    expect(normalizeSearchText("me\u0300o")).toHaveLength(3)
    expect(normalizeSearchText("Táo mèo".normalize("NFD"))).toBe("Táo mèo")
  })

  it("keeps at most 100 characters without cutting one in half", () => {
    expect(normalizeSearchText("a".repeat(150))).toHaveLength(100)
    const emoji = `${"a".repeat(99)}🍓`
    expect(normalizeSearchText(emoji)).toBe("a".repeat(99))
    expect(normalizeSearchText(`${"a".repeat(99)} b`)).toBe("a".repeat(99))
  })
})

describe("parseSearchQuery", () => {
  it("reads the words and every filter of a shared link", () => {
    expect(
      parseSearchQuery(
        {
          q: "mien dong",
          province: "14",
          category: "kho-say",
          ocop_min: "4",
          price_min: "50.000",
          price_max: "300000",
          in_stock: "true",
          sort: "price_asc",
          page: "2",
        },
        PROVINCES
      )
    ).toEqual({
      q: "mien dong",
      province: "14",
      category: "kho-say",
      ocopMin: 4,
      priceMin: 50000,
      priceMax: 300000,
      inStock: true,
      sort: "price_asc",
      page: 2,
    })
  })

  it("sorts by relevance with words and by the newest without", () => {
    expect(parseSearchQuery({ q: "dau tay" })).toEqual({
      q: "dau tay",
      sort: "relevance",
      page: 1,
    })
    expect(parseSearchQuery({})).toEqual({ q: "", sort: "newest", page: 1 })
    expect(parseSearchQuery({ q: " ", sort: "relevance" })).toEqual({
      q: "",
      sort: "newest",
      page: 1,
    })
  })

  it("takes the first of repeated parameters", () => {
    expect(parseSearchQuery({ q: ["mat ong", "tra"] }).q).toBe("mat ong")
  })

  it("ignores values that are not valid instead of failing", () => {
    expect(
      parseSearchQuery(
        {
          q: "tra",
          province: "99",
          category: "Trà & Chè",
          ocop_min: "2",
          price_min: "-1",
          price_max: "lots",
          in_stock: "yes",
          sort: "cheapest",
          page: "0",
          harvest_month: "9",
        },
        PROVINCES
      )
    ).toEqual({ q: "tra", sort: "relevance", page: 1 })
  })

  it("swaps a minimum price above the maximum, as the catalogue does", () => {
    expect(
      parseSearchQuery({ price_min: "300000", price_max: "100000" })
    ).toMatchObject({ priceMin: 100000, priceMax: 300000 })
  })
})

describe("searchSearchParams", () => {
  it("writes a stable address without the defaults", () => {
    expect(
      searchSearchParams({ q: "tao meo", sort: "relevance", page: 1 })
    ).toEqual({ q: "tao meo" })
    expect(searchSearchParams({ q: "", sort: "newest", page: 1 })).toEqual({})
  })

  it("keeps the words with every filter, in one order", () => {
    const params = searchSearchParams({
      page: 3,
      sort: "price_desc",
      inStock: true,
      priceMax: 200000,
      priceMin: 0,
      ocopMin: 3,
      category: "mat-ong",
      province: "15",
      q: "mat ong",
    })
    expect(Object.entries(params)).toEqual([
      ["q", "mat ong"],
      ["province", "15"],
      ["category", "mat-ong"],
      ["ocop_min", "3"],
      ["price_min", "0"],
      ["price_max", "200000"],
      ["in_stock", "true"],
      ["sort", "price_desc"],
      ["page", "3"],
    ])
  })

  it("keeps a sort that differs from the words' default", () => {
    expect(searchSearchParams({ q: "tra", sort: "newest" })).toEqual({
      q: "tra",
      sort: "newest",
    })
  })

  it("reads back what it wrote", () => {
    const query = {
      q: "miến dong",
      province: "08",
      ocopMin: 5 as const,
      inStock: true as const,
      sort: "price_asc" as const,
      page: 2,
    }
    expect(parseSearchQuery(searchSearchParams(query), PROVINCES)).toEqual(
      query
    )
  })
})

describe("activeSearchFilterCount", () => {
  it("counts the filters, not the words, the order or the page", () => {
    expect(activeSearchFilterCount({})).toBe(0)
    expect(
      activeSearchFilterCount({ province: "15", inStock: true, priceMin: 0 })
    ).toBe(3)
  })
})
