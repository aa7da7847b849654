import {
  type FakeMeilisearchServer,
  startFakeMeilisearchServer,
} from "../../lib/meilisearch-fake-server"
import {
  MeilisearchProvider,
  type MeilisearchProviderOptions,
} from "../meilisearch/provider"
import type { SearchDocument, SearchRequest } from "../types"

const document = (
  overrides: Partial<SearchDocument> & Pick<SearchDocument, "id">
): SearchDocument => ({
  handle: overrides.id,
  title: "Sản phẩm",
  title_en: "Product",
  subtitle: null,
  subtitle_en: null,
  thumbnail: null,
  price: 100_000,
  in_stock: true,
  cooperative: { handle: "htx-mau", name: "HTX Mẫu" },
  province: { code: "01", name: "Hà Nội", name_en: "Hanoi" },
  commune: { code: "00004", name: "Ba Đình", name_en: "Ba Dinh" },
  ethnic_group: null,
  category: null,
  tags: [],
  certification_types: [],
  ocop_stars: null,
  story_vi: "",
  story_en: "",
  created_at: "2026-01-01T00:00:00.000Z",
  ...overrides,
})

const FRUIT = { handle: "trai-cay", name_vi: "Trái cây", name_en: "Fruit" }
const DRIED = {
  handle: "dac-san-kho",
  name_vi: "Đặc sản khô",
  name_en: "Dried specialties",
}
const LAO_CAI = { code: "15", name: "Lào Cai", name_en: "Lao Cai" }
const THAI_NGUYEN = { code: "19", name: "Thái Nguyên", name_en: "Thai Nguyen" }
const LAM_DONG = { code: "68", name: "Lâm Đồng", name_en: "Lam Dong" }

const TAO_MEO = document({
  id: "prod_tao_meo",
  handle: "tao-meo-tram-tau",
  title: "Táo mèo Trạm Tấu",
  title_en: "Tram Tau wild apple",
  price: 120_000,
  cooperative: { handle: "htx-tram-tau", name: "HTX Nông sản Trạm Tấu" },
  province: LAO_CAI,
  category: FRUIT,
  ocop_stars: 4,
  certification_types: ["OCOP"],
  story_vi:
    "Người Mông ở Trạm Tấu hái táo mèo chín trên núi cao mỗi mùa thu, rửa sạch và phơi trong bóng râm.",
  created_at: "2026-03-01T08:00:00.000Z",
})
const MIEN_DONG = document({
  id: "prod_mien_dong",
  handle: "mien-dong-bac-kan",
  title: "Miến dong Bắc Kạn",
  title_en: "Bac Kan arrowroot noodles",
  price: 85_000,
  province: THAI_NGUYEN,
  category: DRIED,
  ocop_stars: 3,
  story_vi: "Củ dong riềng được xay, lọc tinh bột và tráng thành miến.",
  created_at: "2026-02-01T08:00:00.000Z",
})
const DAU_TAY = document({
  id: "prod_dau_tay",
  handle: "dau-tay-da-lat",
  title: "Dâu tây Đà Lạt",
  title_en: "Da Lat strawberries",
  price: 150_000,
  in_stock: false,
  province: LAM_DONG,
  category: FRUIT,
  story_vi: "Dâu tây trồng trong nhà kính trên cao nguyên.",
  created_at: "2026-04-01T08:00:00.000Z",
})
const SIRO_TAO_MEO = document({
  id: "prod_siro",
  handle: "siro-tao-meo",
  title: "Siro táo mèo",
  title_en: "Wild apple syrup",
  price: 95_000,
  province: LAO_CAI,
  category: null,
  ocop_stars: 5,
  created_at: "2026-01-15T08:00:00.000Z",
})

const CATALOGUE = [TAO_MEO, MIEN_DONG, DAU_TAY, SIRO_TAO_MEO]

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  q: "",
  filters: {},
  sort: "relevance",
  limit: 24,
  offset: 0,
  ...overrides,
})

describe("Meilisearch provider (FAKE Meilisearch server)", () => {
  let meili: FakeMeilisearchServer

  const provider = (options: Partial<MeilisearchProviderOptions> = {}) =>
    new MeilisearchProvider({
      host: meili.url,
      apiKey: meili.apiKey ?? undefined,
      timeoutMs: 1_000,
      taskTimeoutMs: 2_000,
      ...options,
    })

  const ready = async () => {
    const p = provider()
    await p.setup()
    await p.upsert(CATALOGUE)
    return p
  }

  beforeEach(async () => {
    meili = await startFakeMeilisearchServer({ slowMs: 3_000 })
  })

  afterEach(async () => {
    await meili.close()
  })

  it("creates the index with its settings, and can set it up again (FAKE Meilisearch server)", async () => {
    const p = provider()
    await p.setup()
    await p.setup()

    const creations = meili.requests.filter(
      (r) => r.method === "POST" && r.path === "/indexes"
    )
    expect(creations).toHaveLength(1)
    expect(creations[0]?.body).toEqual({ uid: "products", primaryKey: "id" })
    const settings = meili.settings("products")
    expect(settings?.filterableAttributes).toEqual([
      "province.code",
      "category.handle",
      "certification_types",
      "ocop_stars",
      "price",
      "in_stock",
    ])
    expect(settings?.sortableAttributes).toEqual(["price", "created_at_ts"])
    expect(settings?.searchableAttributes[0]).toBe("title")
    expect(settings?.typoTolerance).toEqual({ enabled: true })
  })

  it("uses the index named in its options (FAKE Meilisearch server)", async () => {
    const p = provider({ index: "products_staging" })
    await p.setup()
    await p.upsert([TAO_MEO])
    expect(meili.documents("products_staging")).toHaveLength(1)
    expect(meili.documents("products")).toHaveLength(0)
  })

  it("indexes documents with created_at_ts, at most 1,000 a request (FAKE Meilisearch server)", async () => {
    const p = provider()
    await p.setup()
    const many = Array.from({ length: 2_345 }, (_, i) =>
      document({ id: `prod_${i}`, title: `Sản phẩm ${i}` })
    )
    await p.upsert(many)

    const sizes = meili.requests
      .filter(
        (r) => r.method === "POST" && r.path === "/indexes/products/documents"
      )
      .map((r) => (r.body as unknown[]).length)
    expect(sizes).toEqual([1_000, 1_000, 345])
    expect(meili.documents("products")).toHaveLength(2_345)
    expect(meili.documents("products")[0]).toEqual({
      ...many[0],
      created_at_ts: Date.UTC(2026, 0, 1),
    })
  })

  it("replaces a document on upsert and removes by id, ignoring unknown ids (FAKE Meilisearch server)", async () => {
    const p = await ready()
    await p.upsert([{ ...TAO_MEO, price: 110_000 }])
    await p.remove(["prod_dau_tay", "prod_unknown"])

    const documents = meili.documents("products")
    expect(documents.map((d) => d.id)).toEqual([
      "prod_tao_meo",
      "prod_mien_dong",
      "prod_siro",
    ])
    expect(documents[0]?.price).toBe(110_000)
    const deletion = meili.requests.find((r) =>
      r.path.endsWith("/documents/delete-batch")
    )
    expect(deletion?.body).toEqual(["prod_dau_tay", "prod_unknown"])
  })

  it("keeps only the given ids after a reindex and says how many it removed (FAKE Meilisearch server)", async () => {
    const p = provider()
    await p.setup()
    meili.seed(
      "products",
      Array.from({ length: 2_500 }, (_, i) => ({ id: `prod_${i}` }))
    )

    const removed = await p.retainOnly(["prod_7", "prod_1999", "prod_new"])

    expect(removed).toBe(2_498)
    expect(meili.documents("products").map((d) => d.id)).toEqual([
      "prod_7",
      "prod_1999",
    ])
    const pages = meili.requests.filter(
      (r) => r.method === "GET" && r.path === "/indexes/products/documents"
    )
    expect(pages.map((r) => r.query.get("offset"))).toEqual([
      "0",
      "1000",
      "2000",
    ])
    expect(pages.every((r) => r.query.get("fields") === "id")).toBe(true)
  })

  it("has nothing to remove from an index that does not exist yet (FAKE Meilisearch server)", async () => {
    expect(await provider().retainOnly(["prod_1"])).toBe(0)
  })

  it("finds táo mèo typed without accents, highlighted, with facets and the exact total (FAKE Meilisearch server)", async () => {
    const p = await ready()

    const result = await p.search(request({ q: "tao meo" }))

    expect(result.hits.map((h) => h.handle)).toEqual([
      "tao-meo-tram-tau",
      "siro-tao-meo",
    ])
    expect(result.hits[0]?.highlight.title).toEqual([
      { text: "Táo", match: true },
      { text: " ", match: false },
      { text: "mèo", match: true },
      { text: " Trạm Tấu", match: false },
    ])
    expect(result.hits[0]?.highlight.snippet?.filter((s) => s.match)).toEqual([
      { text: "táo", match: true },
      { text: "mèo", match: true },
    ])
    // The syrup has no story: nothing to quote.
    expect(result.hits[1]?.highlight.snippet).toBeNull()
    expect(result.total).toBe(2)
    expect(result.facets).toEqual({
      provinces: [{ ...LAO_CAI, count: 2 }],
      categories: [{ ...FRUIT, count: 1 }],
      ocop_stars: [
        { stars: 3, count: 2 },
        { stars: 4, count: 2 },
        { stars: 5, count: 1 },
      ],
      in_stock: 2,
    })
    expect(result.suggestion).toBeNull()
  })

  it("leaves each facet's own filter out of its counts (FAKE Meilisearch server)", async () => {
    const p = await ready()

    const result = await p.search(
      request({ filters: { province: "15", category: "trai-cay" } })
    )

    expect(result.hits.map((h) => h.id)).toEqual(["prod_tao_meo"])
    expect(result.total).toBe(1)
    // Fruit anywhere: Lào Cai 1, Lâm Đồng 1 (a tie: by name). Anything in Lào Cai: fruit 1
    // (the syrup has no category).
    expect(result.facets.provinces).toEqual([
      { ...LAO_CAI, count: 1 },
      { ...LAM_DONG, count: 1 },
    ])
    expect(result.facets.categories).toEqual([{ ...FRUIT, count: 1 }])
  })

  it("counts stars and stock without their own filters (FAKE Meilisearch server)", async () => {
    const p = await ready()

    const result = await p.search(
      request({ filters: { ocop_min: 4, in_stock: true } })
    )

    expect(result.hits.map((h) => h.id).sort()).toEqual([
      "prod_siro",
      "prod_tao_meo",
    ])
    expect(result.total).toBe(2)
    // In stock, any stars: táo mèo 4, miến 3, siro 5.
    expect(result.facets.ocop_stars).toEqual([
      { stars: 3, count: 3 },
      { stars: 4, count: 2 },
      { stars: 5, count: 1 },
    ])
    // At least 4 stars, in stock or not: táo mèo and siro, both in stock.
    expect(result.facets.in_stock).toBe(2)
  })

  it("sorts newest first and by price, and pages (FAKE Meilisearch server)", async () => {
    const p = await ready()

    const newest = await p.search(request({ sort: "newest" }))
    expect(newest.hits.map((h) => h.id)).toEqual([
      "prod_dau_tay",
      "prod_tao_meo",
      "prod_mien_dong",
      "prod_siro",
    ])
    const cheapest = await p.search(
      request({ sort: "price_asc", limit: 2, offset: 1 })
    )
    expect(cheapest.hits.map((h) => h.price)).toEqual([95_000, 120_000])
    expect(cheapest.total).toBe(4)
    const dearest = await p.search(
      request({ sort: "price_desc", filters: { price_max: 120_000 } })
    )
    expect(dearest.hits.map((h) => h.price)).toEqual([120_000, 95_000, 85_000])
  })

  it("matches a category handle holding quotes and backslashes exactly (FAKE Meilisearch server)", async () => {
    const p = await ready()
    const odd = { handle: 'qua "dac biet" \\ 2', name_vi: "Lạ", name_en: "Odd" }
    await p.upsert([document({ id: "prod_odd", category: odd })])

    const result = await p.search(
      request({ filters: { category: odd.handle } })
    )

    expect(result.hits.map((h) => h.id)).toEqual(["prod_odd"])
    expect(result.facets.categories).toEqual(
      expect.arrayContaining([{ ...odd, count: 1 }])
    )
  })

  it("suggests as-you-type from half a word (FAKE Meilisearch server)", async () => {
    const p = await ready()

    expect(await p.suggest("mien d", 6)).toEqual([
      {
        id: "prod_mien_dong",
        handle: "mien-dong-bac-kan",
        title: "Miến dong Bắc Kạn",
        title_en: "Bac Kan arrowroot noodles",
        thumbnail: null,
        price: 85_000,
        cooperative: { handle: "htx-mau", name: "HTX Mẫu" },
      },
    ])
    const taoM = await p.suggest("tao m", 1)
    expect(taoM.map((s) => s.id)).toEqual(["prod_tao_meo"])
  })

  it("answers an empty result when nothing matches (FAKE Meilisearch server)", async () => {
    const p = await ready()
    expect(await p.search(request({ q: "xoai cat" }))).toEqual({
      hits: [],
      facets: { provinces: [], categories: [], ocop_stars: [], in_stock: 0 },
      total: 0,
      suggestion: null,
    })
  })

  it("asks nothing for a query of punctuation only (FAKE Meilisearch server)", async () => {
    const p = await ready()
    const before = meili.requests.length
    expect(await p.search(request({ q: "?!…" }))).toEqual({
      hits: [],
      facets: { provinces: [], categories: [], ocop_stars: [], in_stock: 0 },
      total: 0,
      suggestion: null,
    })
    expect(meili.requests).toHaveLength(before)
  })

  it("says Meilisearch did not answer in time (FAKE Meilisearch server)", async () => {
    const p = await ready()
    meili.setMode("slow")
    await expect(
      provider({ timeoutMs: 200 }).search(request({ q: "tao" }))
    ).rejects.toThrow(
      `Meilisearch at ${meili.url} did not answer within 200 ms (POST /multi-search)`
    )
    expect(p.host).toBe(meili.url)
  })

  it("says Meilisearch wants a key when none is given (FAKE Meilisearch server)", async () => {
    await expect(
      provider({ apiKey: undefined }).search(request({ q: "tao" }))
    ).rejects.toThrow(
      `Meilisearch at ${meili.url} refused POST /multi-search with HTTP 401 missing_authorization_header: The Authorization header is missing. It must use the bearer authorization method.`
    )
  })

  it("says a wrong key was refused, without showing it (FAKE Meilisearch server)", async () => {
    const failure = provider({ apiKey: "wrong-key-1234567890" }).setup()
    await expect(failure).rejects.toThrow(
      `Meilisearch at ${meili.url} refused GET /indexes/products with HTTP 403 invalid_api_key`
    )
    await expect(failure).rejects.not.toThrow("wrong-key-1234567890")
  })

  it("stops waiting for a task that stays queued (FAKE Meilisearch server)", async () => {
    const p = await ready()
    meili.setMode("stuck-tasks")
    await expect(
      provider({ taskTimeoutMs: 200 }).upsert([TAO_MEO])
    ).rejects.toThrow(
      /^Meilisearch at http:\/\/127\.0\.0\.1:\d+ has not finished task \d+ \(documentAdditionOrUpdate, enqueued\) after 200 ms; it may still finish later$/
    )
    expect(p.name).toBe("meilisearch")
  })

  it("refuses a filter on an attribute the index cannot filter, as Meilisearch does (FAKE Meilisearch server)", async () => {
    const p = provider()
    await p.upsert([TAO_MEO])
    // No setup: nothing is filterable yet.
    await expect(
      p.search(request({ filters: { province: "15" } }))
    ).rejects.toThrow("HTTP 400 invalid_search_filter")
  })
})
