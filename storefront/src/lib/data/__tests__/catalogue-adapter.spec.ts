import {
  toCatalogueFacets,
  toCatalogueItem,
  toCataloguePage,
  toCatalogueRequest,
} from "../catalogue-adapter"
import type {
  StoreCatalogueProduct,
  StoreCatalogueResponse,
} from "../store-types"

const BACKEND = "http://localhost:9000"

const product: StoreCatalogueProduct = {
  id: "prod_1",
  handle: "tao-meo-say",
  title: "Táo mèo sấy",
  title_en: "Dried táo mèo",
  subtitle: "Vụ mùa 2025",
  subtitle_en: null,
  thumbnail: {
    url: "http://cdn/t-1280.webp",
    width: 1280,
    height: 960,
    alt_vi: "Tranh minh hoạ: Táo mèo sấy",
    alt_en: "Illustration: Dried táo mèo",
    webp: [
      { width: 320, url: "http://cdn/t-320.webp" },
      { width: 1280, url: "http://cdn/t-1280.webp" },
    ],
    avif: [],
  },
  price: 80000,
  cooperative: { handle: "htx-son-tra", name: "HTX Sơn tra" },
  province_code: "15",
  province_name: "Lào Cai",
  province_name_en: "Lao Cai",
  commune_name: "Xã Trạm Tấu",
  commune_name_en: "Tram Tau Commune",
  category: { handle: "kho-say", name_vi: "Đồ khô & sấy", name_en: "Dried" },
  ocop_stars: 4,
  certification_types: ["OCOP"],
  harvest_months: [10, 8, 9],
}

describe("toCatalogueItem", () => {
  it("keeps Vietnamese names for vi", () => {
    expect(toCatalogueItem(product, "vi", BACKEND)).toMatchObject({
      title: "Táo mèo sấy",
      subtitle: "Vụ mùa 2025",
      provinceName: "Lào Cai",
      communeName: "Xã Trạm Tấu",
      category: { handle: "kho-say", name: "Đồ khô & sấy" },
      ocopStars: 4,
      harvestMonths: [8, 9, 10],
      image: { alt: "Tranh minh hoạ: Táo mèo sấy" },
    })
  })

  it("uses English names for en, Vietnamese where there is no English", () => {
    const item = toCatalogueItem(product, "en", BACKEND)
    expect(item.title).toBe("Dried táo mèo")
    expect(item.subtitle).toBe("Vụ mùa 2025")
    expect(item.provinceName).toBe("Lao Cai")
    expect(item.image?.alt).toBe("Illustration: Dried táo mèo")
  })

  it("copes with no picture, no category and an odd OCOP rating", () => {
    const item = toCatalogueItem(
      { ...product, thumbnail: null, category: null, ocop_stars: 2 },
      "vi",
      BACKEND
    )
    expect(item.image).toBeUndefined()
    expect(item.category).toBeUndefined()
    expect(item.ocopStars).toBeNull()
  })

  it("drops a picture set without a WebP rendition", () => {
    const item = toCatalogueItem(
      {
        ...product,
        thumbnail: { ...product.thumbnail!, webp: [] },
      },
      "vi",
      BACKEND
    )
    expect(item.image).toBeUndefined()
  })
})

describe("toCatalogueFacets", () => {
  it("names the choices in the page's language and sorts them by name", () => {
    const facets = toCatalogueFacets(
      {
        provinces: [
          { code: "15", name: "Lào Cai", name_en: "Lao Cai", count: 5 },
          { code: "08", name: "Tuyên Quang", name_en: "Tuyen Quang", count: 2 },
          { code: "04", name: "Cao Bằng", name_en: "Cao Bang", count: 0 },
        ],
        categories: [
          { handle: "gao-mien", name_vi: "Gạo", name_en: "Grains", count: 1 },
          { handle: "kho-say", name_vi: "Đồ khô", name_en: "Dried", count: 3 },
        ],
        certifications: [{ type: "OCOP", count: 4 }],
      },
      "en"
    )
    expect(facets.provinces.map((p) => [p.value, p.name, p.count])).toEqual([
      ["04", "Cao Bang", 0],
      ["15", "Lao Cai", 5],
      ["08", "Tuyen Quang", 2],
    ])
    expect(facets.categories.map((c) => c.name)).toEqual(["Dried", "Grains"])
    expect(facets.certifications).toEqual([{ value: "OCOP", count: 4 }])
  })
})

describe("toCataloguePage", () => {
  it("keeps the counts of the answer", () => {
    const response: StoreCatalogueResponse = {
      products: [product],
      count: 30,
      offset: 24,
      limit: 24,
      facets: { provinces: [], categories: [], certifications: [] },
    }
    expect(toCataloguePage(response, "vi", BACKEND)).toMatchObject({
      count: 30,
      offset: 24,
      limit: 24,
      items: [{ handle: "tao-meo-say" }],
    })
  })
})

describe("toCatalogueRequest", () => {
  it("asks the backend for one page of the query", () => {
    expect(
      toCatalogueRequest(
        {
          province: "15",
          certification: "OCOP",
          ocopMin: 4,
          priceMin: 0,
          sort: "price_asc",
          page: 3,
        },
        24
      )
    ).toEqual({
      province: "15",
      certification: "OCOP",
      ocop_min: 4,
      price_min: 0,
      sort: "price_asc",
      limit: 24,
      offset: 48,
    })
  })

  it("defaults to the newest first, from the start", () => {
    expect(toCatalogueRequest({}, 4)).toEqual({
      sort: "newest",
      limit: 4,
      offset: 0,
    })
  })
})
