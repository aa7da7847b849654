import {
  buildFilter,
  buildSearchPlan,
  buildSort,
  quoteFilterValue,
} from "../meilisearch/search-request"
import {
  formattedToSegments,
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  stripHighlightTags,
} from "../meilisearch/segments"
import { INDEX_SETTINGS } from "../meilisearch/settings"
import type { SearchRequest } from "../types"

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  q: "táo mèo",
  filters: {},
  sort: "relevance",
  limit: 24,
  offset: 0,
  ...overrides,
})

describe("Meilisearch filter values", () => {
  it("quotes strings and escapes backslashes and double quotes", () => {
    expect(quoteFilterValue("trai-cay")).toBe('"trai-cay"')
    expect(quoteFilterValue('chè "Shan tuyết"')).toBe('"chè \\"Shan tuyết\\""')
    expect(quoteFilterValue("a\\b")).toBe('"a\\\\b"')
    // A backslash before a quote must not end the string early: \" becomes \\\"
    expect(quoteFilterValue('x\\" OR in_stock = true')).toBe(
      '"x\\\\\\" OR in_stock = true"'
    )
  })

  it("builds one expression per filter, numbers bare and booleans as words", () => {
    expect(
      buildFilter({
        province: "15",
        category: 'trai"cay',
        ocop_min: 4,
        price_min: 50_000,
        price_max: 200_000,
        in_stock: true,
      })
    ).toEqual([
      'province.code = "15"',
      'category.handle = "trai\\"cay"',
      "ocop_stars >= 4",
      "price >= 50000",
      "price <= 200000",
      "in_stock = true",
    ])
    expect(buildFilter({ in_stock: false })).toEqual(["in_stock = false"])
    expect(buildFilter({})).toEqual([])
  })

  it("leaves out the one filter a facet ignores", () => {
    expect(buildFilter({ province: "15", ocop_min: 3 }, "province")).toEqual([
      "ocop_stars >= 3",
    ])
  })

  it("refuses a number that is not finite", () => {
    expect(() => buildFilter({ price_min: Number.NaN })).toThrow(
      "The search filter price_min must be a finite number"
    )
  })
})

describe("Meilisearch sorts", () => {
  it("maps each store sort to Meilisearch's sort parameter", () => {
    expect(buildSort("relevance")).toBeUndefined()
    expect(buildSort("newest")).toEqual(["created_at_ts:desc"])
    expect(buildSort("price_asc")).toEqual(["price:asc"])
    expect(buildSort("price_desc")).toEqual(["price:desc"])
  })

  it("sorts only on attributes the settings make sortable", () => {
    for (const sort of ["newest", "price_asc", "price_desc"] as const) {
      for (const s of buildSort(sort) ?? []) {
        expect(INDEX_SETTINGS.sortableAttributes).toContain(s.split(":")[0])
      }
    }
  })
})

describe("Meilisearch search plan", () => {
  it("asks one query for the page and every facet when no filter is set", () => {
    const plan = buildSearchPlan("products", request())
    expect(plan.queries).toHaveLength(3)
    expect(plan.queries[0]).toEqual({
      indexUid: "products",
      q: "táo mèo",
      limit: 24,
      offset: 0,
      attributesToRetrieve: [
        "id",
        "handle",
        "title",
        "title_en",
        "thumbnail",
        "price",
        "in_stock",
        "cooperative",
        "province",
      ],
      facets: ["province.code", "category.handle", "ocop_stars", "in_stock"],
      attributesToHighlight: ["title", "title_en", "story_vi"],
      attributesToCrop: ["story_vi"],
      cropLength: 24,
      cropMarker: "…",
      highlightPreTag: "\uE000",
      highlightPostTag: "\uE001",
    })
    expect(plan.facetQuery).toEqual({
      provinces: 0,
      categories: 0,
      ocop_stars: 0,
      in_stock: 0,
    })
    expect(plan.queries[plan.provinceNamesQuery]).toEqual({
      indexUid: "products",
      q: "",
      filter: ["province.code EXISTS"],
      distinct: "province.code",
      limit: 200,
      attributesToRetrieve: ["province"],
    })
    expect(plan.queries[plan.categoryNamesQuery]).toEqual({
      indexUid: "products",
      q: "",
      filter: ["category.handle EXISTS"],
      distinct: "category.handle",
      limit: 200,
      attributesToRetrieve: ["category"],
    })
  })

  it("counts each filtered facet in its own query without its own filter", () => {
    const plan = buildSearchPlan(
      "products",
      request({
        filters: { province: "15", ocop_min: 4, price_max: 200_000 },
        sort: "price_asc",
        limit: 12,
        offset: 24,
      })
    )
    const main = plan.queries[0]
    expect(main?.filter).toEqual([
      'province.code = "15"',
      "ocop_stars >= 4",
      "price <= 200000",
    ])
    expect(main?.sort).toEqual(["price:asc"])
    expect(main?.limit).toBe(12)
    expect(main?.offset).toBe(24)
    // Categories and stock are counted on the page's own matches.
    expect(main?.facets).toEqual(["category.handle", "in_stock"])
    expect(plan.facetQuery.categories).toBe(0)
    expect(plan.facetQuery.in_stock).toBe(0)

    expect(plan.queries[plan.facetQuery.provinces]).toEqual({
      indexUid: "products",
      q: "táo mèo",
      limit: 0,
      facets: ["province.code"],
      filter: ["ocop_stars >= 4", "price <= 200000"],
    })
    expect(plan.queries[plan.facetQuery.ocop_stars]).toEqual({
      indexUid: "products",
      q: "táo mèo",
      limit: 0,
      facets: ["ocop_stars"],
      filter: ['province.code = "15"', "price <= 200000"],
    })
    expect(plan.queries).toHaveLength(5)
  })

  it("still counts in_stock on the page's matches (the exact total) when stock is filtered", () => {
    const plan = buildSearchPlan(
      "products",
      request({ filters: { in_stock: true } })
    )
    expect(plan.queries[0]?.facets).toContain("in_stock")
    expect(plan.queries[0]?.filter).toEqual(["in_stock = true"])
    expect(plan.queries[plan.facetQuery.in_stock]).toEqual({
      indexUid: "products",
      q: "táo mèo",
      limit: 0,
      facets: ["in_stock"],
    })
  })

  it("browses newest first without highlighting when the query is empty", () => {
    const plan = buildSearchPlan("products", request({ q: "", sort: "newest" }))
    const main = plan.queries[0]
    expect(main?.q).toBe("")
    expect(main?.sort).toEqual(["created_at_ts:desc"])
    expect(main?.attributesToHighlight).toBeUndefined()
    expect(main?.attributesToCrop).toBeUndefined()
    expect(main?.filter).toBeUndefined()
  })

  it("browses newest first when asked for relevance without a query", () => {
    const plan = buildSearchPlan("products", request({ q: "" }))
    expect(plan.queries[0]?.sort).toEqual(["created_at_ts:desc"])
    const ranked = buildSearchPlan("products", request({ q: "mien" }))
    expect(ranked.queries[0]?.sort).toBeUndefined()
  })

  it("filters and facets only on attributes the settings make filterable", () => {
    const plan = buildSearchPlan(
      "products",
      request({
        filters: {
          province: "15",
          category: "trai-cay",
          ocop_min: 3,
          price_min: 1,
          price_max: 2,
          in_stock: true,
        },
      })
    )
    for (const query of plan.queries) {
      for (const expression of query.filter ?? []) {
        expect(INDEX_SETTINGS.filterableAttributes).toContain(
          expression.split(" ")[0]
        )
      }
      for (const facet of query.facets ?? []) {
        expect(INDEX_SETTINGS.filterableAttributes).toContain(facet)
      }
      if (query.distinct) {
        expect(INDEX_SETTINGS.filterableAttributes).toContain(query.distinct)
      }
    }
  })
})

describe("Meilisearch highlights as segments", () => {
  it("splits _formatted text at the private-use tags", () => {
    expect(
      formattedToSegments(
        `${HIGHLIGHT_PRE}Táo${HIGHLIGHT_POST} ${HIGHLIGHT_PRE}mèo${HIGHLIGHT_POST} Trạm Tấu`
      )
    ).toEqual([
      { text: "Táo", match: true },
      { text: " ", match: false },
      { text: "mèo", match: true },
      { text: " Trạm Tấu", match: false },
    ])
  })

  it("keeps HTML in the text as text, never as markup", () => {
    expect(
      formattedToSegments(
        `<b>Mật ong</b> ${HIGHLIGHT_PRE}rừng${HIGHLIGHT_POST}`
      )
    ).toEqual([
      { text: "<b>Mật ong</b> ", match: false },
      { text: "rừng", match: true },
    ])
  })

  it("joins neighbouring matches and drops empty pieces", () => {
    expect(
      formattedToSegments(
        `${HIGHLIGHT_PRE}miế${HIGHLIGHT_POST}${HIGHLIGHT_PRE}n${HIGHLIGHT_POST}${HIGHLIGHT_PRE}${HIGHLIGHT_POST} dong`
      )
    ).toEqual([
      { text: "miến", match: true },
      { text: " dong", match: false },
    ])
    expect(formattedToSegments("")).toEqual([])
  })

  it("removes the tags from document text before indexing", () => {
    expect(stripHighlightTags(`a${HIGHLIGHT_PRE}b${HIGHLIGHT_POST}c`)).toBe(
      "abc"
    )
  })
})
