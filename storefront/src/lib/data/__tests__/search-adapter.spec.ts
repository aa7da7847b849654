import {
  hasMatch,
  priceText,
  segmentsText,
  titleSegments,
  toSearchFacets,
  toSearchHit,
  toSearchPage,
  toSearchRequest,
  toSearchSuggestion,
  toSegments,
} from "../search-adapter"
import type {
  StoreSearchHit,
  StoreSearchResponse,
  StoreSearchSuggestion,
} from "../search-types"

const BACKEND = "http://localhost:9000"

const hit: StoreSearchHit = {
  id: "prod_1",
  handle: "tao-meo-say",
  title: "Táo mèo sấy khô Trạm Tấu",
  title_en: "Dried táo mèo from Trạm Tấu",
  thumbnail: "/static/tao-meo-1280.webp",
  price: 85000,
  in_stock: true,
  cooperative: { handle: "htx-son-tra", name: "HTX Sơn tra Trạm Tấu" },
  province: { code: "15", name: "Lào Cai", name_en: "Lao Cai" },
  highlight: {
    title: [
      { text: "Táo", match: true },
      { text: " ", match: true },
      { text: "mèo", match: true },
      { text: " sấy khô Trạm Tấu", match: false },
    ],
    title_en: [
      { text: "Dried ", match: false },
      { text: "táo mèo", match: true },
      { text: " from Trạm Tấu", match: false },
    ],
    snippet: [
      { text: "…lát ", match: false },
      { text: "táo mèo", match: true },
      { text: " khô giòn…", match: false },
    ],
  },
}

describe("toSegments", () => {
  it("joins neighbouring pieces of one kind and drops empty ones", () => {
    expect(
      toSegments([
        { text: "", match: true },
        { text: "Mật", match: true },
        { text: " ", match: true },
        { text: "ong", match: true },
        { text: " hoa", match: false },
        { text: " rừng", match: false },
      ])
    ).toEqual([
      { text: "Mật ong", match: true },
      { text: " hoa rừng", match: false },
    ])
  })

  it("gives no pieces for a missing highlight", () => {
    expect(toSegments(null)).toEqual([])
    expect(toSegments(undefined)).toEqual([])
  })

  it("keeps markup-looking text as text", () => {
    const pieces = toSegments([{ text: "<b>ong</b>", match: true }])
    expect(segmentsText(pieces)).toBe("<b>ong</b>")
    expect(hasMatch(pieces)).toBe(true)
  })
})

describe("titleSegments", () => {
  it("uses the pieces when they spell the title shown", () => {
    expect(
      titleSegments("Dâu tây Mộc Châu", [
        { text: "Dâu tây", match: true },
        { text: " Mộc Châu", match: false },
      ])
    ).toEqual([
      { text: "Dâu tây", match: true },
      { text: " Mộc Châu", match: false },
    ])
  })

  it("falls back to the plain title when the pieces say something else", () => {
    expect(
      titleSegments("Strawberries", [{ text: "Dâu tây", match: true }])
    ).toEqual([{ text: "Strawberries", match: false }])
    expect(titleSegments("Mật ong", [])).toEqual([
      { text: "Mật ong", match: false },
    ])
  })
})

describe("priceText", () => {
  it("writes đồng as shoppers read them, like every other price", () => {
    expect(priceText(150000)).toBe("150.000 ₫")
    expect(priceText(85000.4)).toBe("85.000 ₫")
    expect(priceText(null)).toBeNull()
  })
})

describe("toSearchHit", () => {
  it("shows the Vietnamese title with its matches on Vietnamese pages", () => {
    expect(toSearchHit(hit, "vi", BACKEND)).toEqual({
      id: "prod_1",
      handle: "tao-meo-say",
      title: "Táo mèo sấy khô Trạm Tấu",
      titleSegments: [
        { text: "Táo mèo", match: true },
        { text: " sấy khô Trạm Tấu", match: false },
      ],
      snippet: [
        { text: "…lát ", match: false },
        { text: "táo mèo", match: true },
        { text: " khô giòn…", match: false },
      ],
      thumbnail: "http://localhost:9000/static/tao-meo-1280.webp",
      price: 85000,
      inStock: true,
      cooperative: { handle: "htx-son-tra", name: "HTX Sơn tra Trạm Tấu" },
      provinceName: "Lào Cai",
    })
  })

  it("shows the English title with its own matches on English pages", () => {
    const english = toSearchHit(hit, "en", BACKEND)
    expect(english.title).toBe("Dried táo mèo from Trạm Tấu")
    expect(english.titleSegments).toEqual([
      { text: "Dried ", match: false },
      { text: "táo mèo", match: true },
      { text: " from Trạm Tấu", match: false },
    ])
    expect(english.provinceName).toBe("Lao Cai")
    // The snippet is cut from the Vietnamese story.
    expect(english.snippet).toBeNull()
  })

  it("falls back to Vietnamese where there is no English title", () => {
    const english = toSearchHit(
      { ...hit, title_en: " ", highlight: { ...hit.highlight, title_en: [] } },
      "en",
      BACKEND
    )
    expect(english.title).toBe("Táo mèo sấy khô Trạm Tấu")
    expect(hasMatch(english.titleSegments)).toBe(true)
  })

  it("has no picture, price or snippet when the backend has none", () => {
    const bare = toSearchHit(
      {
        ...hit,
        thumbnail: null,
        price: null,
        in_stock: false,
        highlight: { ...hit.highlight, snippet: [{ text: "", match: false }] },
      },
      "vi",
      BACKEND
    )
    expect(bare.thumbnail).toBeUndefined()
    expect(bare.price).toBeNull()
    expect(bare.inStock).toBe(false)
    expect(bare.snippet).toBeNull()
  })
})

describe("toSearchFacets", () => {
  const facets = {
    provinces: [
      { code: "08", name: "Tuyên Quang", name_en: "Tuyen Quang", count: 2 },
      { code: "15", name: "Lào Cai", name_en: "Lao Cai", count: 6 },
      { code: "14", name: "Sơn La", name_en: "Son La", count: 2 },
    ],
    categories: [
      {
        handle: "mat-ong",
        name_vi: "Mật ong",
        name_en: "Honey",
        count: 3,
      },
    ],
    ocop_stars: [
      { stars: 5, count: 1 },
      { stars: 3, count: 6 },
      { stars: 4, count: 3 },
      { stars: 2, count: 9 },
    ],
    in_stock: 7,
  }

  it("puts the most matches first, then names in the page's language", () => {
    expect(toSearchFacets(facets, "vi").provinces).toEqual([
      { value: "15", name: "Lào Cai", count: 6 },
      { value: "14", name: "Sơn La", count: 2 },
      { value: "08", name: "Tuyên Quang", count: 2 },
    ])
    expect(toSearchFacets(facets, "en").categories).toEqual([
      { value: "mat-ong", name: "Honey", count: 3 },
    ])
  })

  it("keeps only OCOP ratings that exist, from 3 stars up", () => {
    const { ocopStars, inStock } = toSearchFacets(facets, "vi")
    expect(ocopStars).toEqual([
      { stars: 3, count: 6 },
      { stars: 4, count: 3 },
      { stars: 5, count: 1 },
    ])
    expect(inStock).toBe(7)
  })
})

describe("toSearchPage", () => {
  const response: StoreSearchResponse = {
    hits: [hit],
    facets: { provinces: [], categories: [], ocop_stars: [], in_stock: 1 },
    total: 31,
    limit: 24,
    offset: 24,
    suggestion: null,
  }

  it("carries the totals and the page", () => {
    expect(toSearchPage(response, "vi", BACKEND)).toMatchObject({
      total: 31,
      limit: 24,
      offset: 24,
      suggestion: null,
    })
  })

  it('carries a "did you mean" only when there is one', () => {
    expect(
      toSearchPage(
        { ...response, hits: [], total: 0, suggestion: "mật ong" },
        "vi",
        BACKEND
      ).suggestion
    ).toBe("mật ong")
    expect(
      toSearchPage({ ...response, suggestion: "  " }, "vi", BACKEND).suggestion
    ).toBeNull()
  })
})

describe("toSearchRequest", () => {
  it("sends the words, every filter and the page as an offset", () => {
    expect(
      toSearchRequest(
        {
          q: "mien dong",
          province: "08",
          category: "mien-bun",
          ocopMin: 4,
          priceMin: 0,
          priceMax: 200000,
          inStock: true,
          sort: "price_asc",
          page: 3,
        },
        24
      )
    ).toEqual({
      q: "mien dong",
      province: "08",
      category: "mien-bun",
      ocop_min: 4,
      price_min: 0,
      price_max: 200000,
      in_stock: "true",
      sort: "price_asc",
      limit: 24,
      offset: 48,
    })
  })

  it("sends only what is set", () => {
    expect(toSearchRequest({ q: "", sort: "newest", page: 1 }, 24)).toEqual({
      q: "",
      sort: "newest",
      limit: 24,
      offset: 0,
    })
  })

  it("never asks for relevance without words", () => {
    expect(
      toSearchRequest({ q: "", sort: "relevance", page: 1 }, 24).sort
    ).toBe("newest")
  })
})

describe("toSearchSuggestion", () => {
  const suggestion: StoreSearchSuggestion = {
    id: "prod_2",
    handle: "mat-ong-hoa-son-tra",
    title: "Mật ong hoa sơn tra",
    title_en: "Táo mèo blossom honey",
    thumbnail: "http://cdn/mat-ong-1280.webp",
    price: 150000,
    cooperative: { handle: "htx-son-tra", name: "HTX Sơn tra Trạm Tấu" },
  }
  const href = (handle: string) => `/en/products/${handle}`

  it("names the product in the page's language with its price as shown", () => {
    expect(toSearchSuggestion(suggestion, "en", BACKEND, href)).toEqual({
      id: "prod_2",
      handle: "mat-ong-hoa-son-tra",
      title: "Táo mèo blossom honey",
      cooperativeName: "HTX Sơn tra Trạm Tấu",
      price: "150.000 ₫",
      thumbnail: "http://cdn/mat-ong-1280.webp",
      href: "/en/products/mat-ong-hoa-son-tra",
    })
    expect(toSearchSuggestion(suggestion, "vi", BACKEND, href).title).toBe(
      "Mật ong hoa sơn tra"
    )
  })

  it("has no price or picture when the backend has none", () => {
    const bare = toSearchSuggestion(
      { ...suggestion, price: null, thumbnail: null },
      "vi",
      BACKEND,
      href
    )
    expect(bare.price).toBeNull()
    expect(bare.thumbnail).toBeUndefined()
  })
})
