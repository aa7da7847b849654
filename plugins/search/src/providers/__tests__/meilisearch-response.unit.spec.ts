import { MeilisearchProvider } from "../meilisearch/provider"
import type { SearchRequest } from "../types"

// Answers in the shapes Meilisearch v1.x documents (search, multi-search, tasks, errors),
// handed to the provider through its `fetch` option.

const KEY = "masterKey-3f9c1e7a5b2d4c6e8f0a"
const HOST = "http://meilisearch:7700"
const PRE = "\uE000"
const POST = "\uE001"

type Call = { url: string; method: string; headers: Headers; body: unknown }

const stubFetch = (
  answer: (call: Call) => { status: number; body: unknown } | "hang"
) => {
  const calls: Call[] = []
  const fetchStub: typeof fetch = async (input, init) => {
    const call: Call = {
      url: String(input),
      method: init?.method ?? "GET",
      headers: new Headers(init?.headers),
      body: typeof init?.body === "string" ? JSON.parse(init.body) : undefined,
    }
    calls.push(call)
    const reply = answer(call)
    if (reply === "hang") {
      return new Promise<Response>((_, reject) => {
        init?.signal?.addEventListener("abort", () =>
          reject(new DOMException("This operation was aborted", "AbortError"))
        )
      })
    }
    return new Response(
      typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body),
      { status: reply.status, headers: { "Content-Type": "application/json" } }
    )
  }
  return { calls, fetchStub }
}

const provider = (fetchStub: typeof fetch, timeoutMs = 3_000) =>
  new MeilisearchProvider({
    host: HOST,
    apiKey: KEY,
    fetch: fetchStub,
    timeoutMs,
    taskTimeoutMs: 2_000,
  })

const request = (overrides: Partial<SearchRequest> = {}): SearchRequest => ({
  q: "tao meo",
  filters: {},
  sort: "relevance",
  limit: 24,
  offset: 0,
  ...overrides,
})

const TAO_MEO_HIT = {
  id: "prod_01TAOMEO",
  handle: "tao-meo-tram-tau",
  title: "Táo mèo Trạm Tấu",
  title_en: "Tram Tau wild apple",
  thumbnail: "/static/tao-meo-1280.webp",
  price: 120000,
  in_stock: true,
  cooperative: { handle: "htx-tram-tau", name: "HTX Nông sản Trạm Tấu" },
  province: { code: "15", name: "Lào Cai", name_en: "Lao Cai" },
  _formatted: {
    id: "prod_01TAOMEO",
    handle: "tao-meo-tram-tau",
    title: `${PRE}Táo${POST} ${PRE}mèo${POST} Trạm Tấu`,
    title_en: "Tram Tau wild apple",
    thumbnail: "/static/tao-meo-1280.webp",
    price: "120000",
    in_stock: "true",
    cooperative: { handle: "htx-tram-tau", name: "HTX Nông sản Trạm Tấu" },
    province: { code: "15", name: "Lào Cai", name_en: "Lao Cai" },
    story_vi: `…người Mông ở Trạm Tấu hái ${PRE}táo${POST} ${PRE}mèo${POST} chín trên núi cao…`,
  },
}

const SIRO_HIT = {
  id: "prod_01SIRO",
  handle: "siro-tao-meo",
  title: "Siro sơn tra",
  title_en: "Hawthorn syrup",
  thumbnail: null,
  price: 95000,
  in_stock: false,
  cooperative: { handle: "htx-mu-cang-chai", name: "HTX Mù Cang Chải" },
  province: { code: "15", name: "Lào Cai", name_en: "Lao Cai" },
  _formatted: {
    id: "prod_01SIRO",
    handle: "siro-tao-meo",
    title: "Siro sơn tra",
    title_en: "Hawthorn syrup",
    thumbnail: null,
    price: "95000",
    in_stock: "false",
    cooperative: { handle: "htx-mu-cang-chai", name: "HTX Mù Cang Chải" },
    province: { code: "15", name: "Lào Cai", name_en: "Lao Cai" },
    story_vi: "Quả sơn tra được ngâm đường ở Mù Cang Chải…",
  },
}

const searchResult = (extra: Record<string, unknown>) => ({
  indexUid: "products",
  hits: [],
  query: "tao meo",
  processingTimeMs: 1,
  limit: 0,
  offset: 0,
  estimatedTotalHits: 0,
  ...extra,
})

const PROVINCE_NAMES = searchResult({
  query: "",
  limit: 200,
  hits: [
    { province: { code: "15", name: "Lào Cai", name_en: "Lao Cai" } },
    { province: { code: "68", name: "Lâm Đồng", name_en: "Lam Dong" } },
    { province: { code: "19", name: "Thái Nguyên", name_en: "Thai Nguyen" } },
  ],
  estimatedTotalHits: 3,
})

const CATEGORY_NAMES = searchResult({
  query: "",
  limit: 200,
  hits: [
    {
      category: {
        handle: "trai-cay",
        name_vi: "Trái cây",
        name_en: "Fruit",
      },
    },
    {
      category: {
        handle: "do-uong",
        name_vi: "Đồ uống",
        name_en: "Drinks",
      },
    },
  ],
  estimatedTotalHits: 2,
})

describe("Meilisearch provider: search answers as Meilisearch documents them", () => {
  it("sends one multi-search with the key and maps hits, highlights, facets and total", async () => {
    const { calls, fetchStub } = stubFetch(() => ({
      status: 200,
      body: {
        results: [
          searchResult({
            hits: [TAO_MEO_HIT, SIRO_HIT],
            limit: 24,
            estimatedTotalHits: 40,
            facetDistribution: {
              "category.handle": { "do-uong": 1, "trai-cay": 1 },
              in_stock: { false: 1, true: 2 },
              ocop_stars: { "3": 1, "4": 1, "5": 1 },
              "province.code": { "15": 2, "68": 1 },
            },
            facetStats: { ocop_stars: { min: 3, max: 5 } },
          }),
          PROVINCE_NAMES,
          CATEGORY_NAMES,
        ],
      },
    }))

    const result = await provider(fetchStub).search(request())

    expect(calls).toHaveLength(1)
    expect(calls[0]?.method).toBe("POST")
    expect(calls[0]?.url).toBe(`${HOST}/multi-search`)
    expect(calls[0]?.headers.get("authorization")).toBe(`Bearer ${KEY}`)
    expect(calls[0]?.headers.get("content-type")).toBe("application/json")

    expect(result.hits).toEqual([
      {
        id: "prod_01TAOMEO",
        handle: "tao-meo-tram-tau",
        title: "Táo mèo Trạm Tấu",
        title_en: "Tram Tau wild apple",
        thumbnail: "/static/tao-meo-1280.webp",
        price: 120000,
        in_stock: true,
        cooperative: { handle: "htx-tram-tau", name: "HTX Nông sản Trạm Tấu" },
        province: { code: "15", name: "Lào Cai", name_en: "Lao Cai" },
        highlight: {
          title: [
            { text: "Táo", match: true },
            { text: " ", match: false },
            { text: "mèo", match: true },
            { text: " Trạm Tấu", match: false },
          ],
          title_en: [{ text: "Tram Tau wild apple", match: false }],
          snippet: [
            { text: "…người Mông ở Trạm Tấu hái ", match: false },
            { text: "táo", match: true },
            { text: " ", match: false },
            { text: "mèo", match: true },
            { text: " chín trên núi cao…", match: false },
          ],
        },
      },
      {
        id: "prod_01SIRO",
        handle: "siro-tao-meo",
        title: "Siro sơn tra",
        title_en: "Hawthorn syrup",
        thumbnail: null,
        price: 95000,
        in_stock: false,
        cooperative: { handle: "htx-mu-cang-chai", name: "HTX Mù Cang Chải" },
        province: { code: "15", name: "Lào Cai", name_en: "Lao Cai" },
        // Matched elsewhere (its handle or tags): no snippet from a story without the words.
        highlight: {
          title: [{ text: "Siro sơn tra", match: false }],
          title_en: [{ text: "Hawthorn syrup", match: false }],
          snippet: null,
        },
      },
    ])
    expect(result.facets).toEqual({
      // Most matches first, then Vietnamese alphabetical order.
      provinces: [
        { code: "15", name: "Lào Cai", name_en: "Lao Cai", count: 2 },
        { code: "68", name: "Lâm Đồng", name_en: "Lam Dong", count: 1 },
      ],
      // A tie: Đ comes after D and before T in Vietnamese.
      categories: [
        { handle: "do-uong", name_vi: "Đồ uống", name_en: "Drinks", count: 1 },
        { handle: "trai-cay", name_vi: "Trái cây", name_en: "Fruit", count: 1 },
      ],
      // At least 3 stars: 3; at least 4: 2; 5: 1.
      ocop_stars: [
        { stars: 3, count: 3 },
        { stars: 4, count: 2 },
        { stars: 5, count: 1 },
      ],
      in_stock: 2,
    })
    // The exact count (in stock + not), not Meilisearch's estimate of 40.
    expect(result.total).toBe(3)
    expect(result.suggestion).toBeNull()
  })

  it("takes a filtered facet's counts from its own query", async () => {
    const { calls, fetchStub } = stubFetch(() => ({
      status: 200,
      body: {
        results: [
          searchResult({
            hits: [TAO_MEO_HIT],
            limit: 24,
            estimatedTotalHits: 1,
            facetDistribution: {
              "category.handle": { "trai-cay": 1 },
              in_stock: { true: 1 },
              ocop_stars: { "4": 1 },
            },
          }),
          searchResult({
            facetDistribution: { "province.code": { "15": 1, "68": 4 } },
          }),
          PROVINCE_NAMES,
          CATEGORY_NAMES,
        ],
      },
    }))

    const result = await provider(fetchStub).search(
      request({ filters: { province: "15" } })
    )

    const body = calls[0]?.body as { queries: unknown[] }
    expect(body.queries).toHaveLength(4)
    expect(result.facets.provinces).toEqual([
      { code: "68", name: "Lâm Đồng", name_en: "Lam Dong", count: 4 },
      { code: "15", name: "Lào Cai", name_en: "Lao Cai", count: 1 },
    ])
    expect(result.facets.categories).toEqual([
      { handle: "trai-cay", name_vi: "Trái cây", name_en: "Fruit", count: 1 },
    ])
    expect(result.facets.ocop_stars).toEqual([
      { stars: 3, count: 1 },
      { stars: 4, count: 1 },
    ])
    expect(result.total).toBe(1)
  })

  it("names a code the lookup did not return by the code itself, and leaves out empty entries", async () => {
    const { fetchStub } = stubFetch(() => ({
      status: 200,
      body: {
        results: [
          searchResult({
            facetDistribution: {
              "province.code": { "91": 1 },
              "category.handle": {},
              ocop_stars: {},
              in_stock: { false: 1 },
            },
          }),
          searchResult({ hits: [] }),
          searchResult({ hits: [] }),
        ],
      },
    }))

    const result = await provider(fetchStub).search(request())

    expect(result.facets).toEqual({
      provinces: [{ code: "91", name: "91", name_en: "91", count: 1 }],
      categories: [],
      ocop_stars: [],
      in_stock: 0,
    })
  })

  it("falls back to estimatedTotalHits if the stock counts are missing", async () => {
    const { fetchStub } = stubFetch(() => ({
      status: 200,
      body: {
        results: [
          searchResult({ estimatedTotalHits: 7 }),
          searchResult({}),
          searchResult({}),
        ],
      },
    }))
    expect((await provider(fetchStub).search(request())).total).toBe(7)
  })

  it("refuses an answer that does not hold one result per query", async () => {
    const { fetchStub } = stubFetch(() => ({
      status: 200,
      body: { results: [searchResult({})] },
    }))
    await expect(provider(fetchStub).search(request())).rejects.toThrow(
      `Meilisearch at ${HOST} answered POST /multi-search without one result per query`
    )
  })
})

describe("Meilisearch provider: suggest", () => {
  it("asks the index for the few attributes a suggestion shows", async () => {
    const { calls, fetchStub } = stubFetch(() => ({
      status: 200,
      body: {
        hits: [
          {
            id: "prod_01TAOMEO",
            handle: "tao-meo-tram-tau",
            title: "Táo mèo Trạm Tấu",
            title_en: "Tram Tau wild apple",
            thumbnail: "/static/tao-meo-1280.webp",
            price: 120000,
            cooperative: {
              handle: "htx-tram-tau",
              name: "HTX Nông sản Trạm Tấu",
            },
          },
        ],
        query: "tao m",
        processingTimeMs: 0,
        limit: 6,
        offset: 0,
        estimatedTotalHits: 1,
      },
    }))

    const suggestions = await provider(fetchStub).suggest("tao m", 6)

    expect(calls[0]?.url).toBe(`${HOST}/indexes/products/search`)
    expect(calls[0]?.body).toEqual({
      q: "tao m",
      limit: 6,
      attributesToRetrieve: [
        "id",
        "handle",
        "title",
        "title_en",
        "thumbnail",
        "price",
        "cooperative",
      ],
    })
    expect(suggestions).toEqual([
      {
        id: "prod_01TAOMEO",
        handle: "tao-meo-tram-tau",
        title: "Táo mèo Trạm Tấu",
        title_en: "Tram Tau wild apple",
        thumbnail: "/static/tao-meo-1280.webp",
        price: 120000,
        cooperative: { handle: "htx-tram-tau", name: "HTX Nông sản Trạm Tấu" },
      },
    ])
  })

  it("asks nothing for a blank query", async () => {
    const { calls, fetchStub } = stubFetch(() => ({ status: 500, body: {} }))
    expect(await provider(fetchStub).suggest("  ", 6)).toEqual([])
    expect(calls).toHaveLength(0)
  })
})

describe("Meilisearch provider: setup and tasks", () => {
  const enqueued = (taskUid: number, type: string) => ({
    taskUid,
    indexUid: "products",
    status: "enqueued",
    type,
    enqueuedAt: "2026-11-29T10:00:00.000000Z",
  })
  const task = (
    uid: number,
    type: string,
    status: string,
    error: unknown = null
  ) => ({
    uid,
    batchUid: status === "enqueued" ? null : uid,
    indexUid: "products",
    status,
    type,
    canceledBy: null,
    details: {},
    error,
    duration: status === "enqueued" ? null : "PT0.012S",
    enqueuedAt: "2026-11-29T10:00:00.000000Z",
    startedAt: status === "enqueued" ? null : "2026-11-29T10:00:00.001Z",
    finishedAt: status === "enqueued" ? null : "2026-11-29T10:00:00.013Z",
  })

  it("creates a missing index, sends the settings and waits for each task", async () => {
    let polls = 0
    const { calls, fetchStub } = stubFetch((call) => {
      const path = new URL(call.url).pathname
      if (call.method === "GET" && path === "/indexes/products") {
        return {
          status: 404,
          body: {
            message: "Index `products` not found.",
            code: "index_not_found",
            type: "invalid_request",
            link: "https://docs.meilisearch.com/errors#index_not_found",
          },
        }
      }
      if (call.method === "POST" && path === "/indexes") {
        return { status: 202, body: enqueued(0, "indexCreation") }
      }
      if (path === "/tasks/0") {
        polls += 1
        return {
          status: 200,
          body: task(0, "indexCreation", polls < 2 ? "enqueued" : "succeeded"),
        }
      }
      if (call.method === "PATCH" && path === "/indexes/products/settings") {
        return { status: 202, body: enqueued(1, "settingsUpdate") }
      }
      if (path === "/tasks/1") {
        return { status: 200, body: task(1, "settingsUpdate", "succeeded") }
      }
      return { status: 404, body: {} }
    })

    await provider(fetchStub).setup()

    expect(calls.map((c) => `${c.method} ${new URL(c.url).pathname}`)).toEqual([
      "GET /indexes/products",
      "POST /indexes",
      "GET /tasks/0",
      "GET /tasks/0",
      "PATCH /indexes/products/settings",
      "GET /tasks/1",
    ])
    expect(calls[1]?.body).toEqual({ uid: "products", primaryKey: "id" })
    expect(calls[4]?.body).toEqual({
      searchableAttributes: [
        "title",
        "title_en",
        "subtitle",
        "subtitle_en",
        "cooperative.name",
        "commune.name",
        "commune.name_en",
        "province.name",
        "province.name_en",
        "ethnic_group.name_vi",
        "ethnic_group.name_en",
        "category.name_vi",
        "category.name_en",
        "tags",
        "story_vi",
        "story_en",
      ],
      filterableAttributes: [
        "province.code",
        "category.handle",
        "certification_types",
        "ocop_stars",
        "price",
        "in_stock",
      ],
      sortableAttributes: ["price", "created_at_ts"],
      rankingRules: [
        "words",
        "typo",
        "proximity",
        "attribute",
        "sort",
        "exactness",
      ],
      typoTolerance: { enabled: true },
      faceting: { maxValuesPerFacet: 200 },
      pagination: { maxTotalHits: 10048 },
    })
  })

  it("says why Meilisearch failed a task", async () => {
    const { fetchStub } = stubFetch((call) => {
      const path = new URL(call.url).pathname
      if (path === "/indexes/products") {
        return {
          status: 200,
          body: {
            uid: "products",
            primaryKey: "id",
            createdAt: "2026-11-29T09:00:00.000Z",
            updatedAt: "2026-11-29T09:00:00.000Z",
          },
        }
      }
      if (path === "/indexes/products/settings") {
        return { status: 202, body: enqueued(5, "settingsUpdate") }
      }
      return {
        status: 200,
        body: task(5, "settingsUpdate", "failed", {
          message:
            "Attribute `created_at_ts` is not sortable. Available sortable attributes are: `price`.",
          code: "invalid_settings_sortable_attributes",
          type: "invalid_request",
          link: "https://docs.meilisearch.com/errors#invalid_settings_sortable_attributes",
        }),
      }
    })
    await expect(provider(fetchStub).setup()).rejects.toThrow(
      `Meilisearch at ${HOST} could not finish task 5 (settingsUpdate): invalid_settings_sortable_attributes: Attribute \`created_at_ts\` is not sortable. Available sortable attributes are: \`price\`.`
    )
  })
})

describe("Meilisearch provider: errors", () => {
  it("says the key was refused, without showing it", async () => {
    const { fetchStub } = stubFetch(() => ({
      status: 403,
      body: {
        message: "The provided API key is invalid.",
        code: "invalid_api_key",
        type: "auth",
        link: "https://docs.meilisearch.com/errors#invalid_api_key",
      },
    }))
    const failure = provider(fetchStub).search(request())
    await expect(failure).rejects.toThrow(
      `Meilisearch at ${HOST} refused POST /multi-search with HTTP 403 invalid_api_key: The provided API key is invalid. (check MEILISEARCH_API_KEY: it must be the master key or a key with these actions)`
    )
    await expect(failure).rejects.not.toThrow(KEY)
  })

  it("removes the key even from a message that repeats it", async () => {
    const { fetchStub } = stubFetch(() => ({
      status: 400,
      body: {
        message: `Something about ${KEY}`,
        code: "bad_request",
        type: "invalid_request",
        link: "https://docs.meilisearch.com/errors#bad_request",
      },
    }))
    const failure = provider(fetchStub).suggest("tao", 6)
    await expect(failure).rejects.toThrow("Something about [redacted]")
    await expect(failure).rejects.not.toThrow(KEY)
  })

  it("takes only Meilisearch's index_not_found as a missing index, not any 404", async () => {
    const missing = stubFetch(() => ({
      status: 404,
      body: {
        message: "Index `products` not found.",
        code: "index_not_found",
        type: "invalid_request",
        link: "https://docs.meilisearch.com/errors#index_not_found",
      },
    }))
    expect(await provider(missing.fetchStub).retainOnly([])).toBe(0)

    const elsewhere = stubFetch(() => ({ status: 404, body: "" }))
    await expect(provider(elsewhere.fetchStub).retainOnly([])).rejects.toThrow(
      `Meilisearch at ${HOST} refused GET /indexes/products/documents with HTTP 404`
    )
  })

  it("says when an answer is not JSON (a proxy's error page)", async () => {
    const { fetchStub } = stubFetch(() => ({
      status: 502,
      body: "<html><body>502 Bad Gateway</body></html>",
    }))
    await expect(provider(fetchStub).suggest("tao", 6)).rejects.toThrow(
      `Meilisearch at ${HOST} answered POST /indexes/products/search with HTTP 502 and a body that is not JSON`
    )
  })

  it("gives up on a request after the timeout", async () => {
    const { fetchStub } = stubFetch(() => "hang")
    await expect(provider(fetchStub, 50).search(request())).rejects.toThrow(
      `Meilisearch at ${HOST} did not answer within 50 ms (POST /multi-search)`
    )
  })

  it("never shows credentials written into the host URL", async () => {
    const { fetchStub } = stubFetch(() => "hang")
    const withCredentials = new MeilisearchProvider({
      host: "https://admin:s3cret@search.example.vn/",
      fetch: fetchStub,
      timeoutMs: 20,
    })
    expect(withCredentials.host).toBe("https://search.example.vn")
    const failure = withCredentials.suggest("tao", 6)
    await expect(failure).rejects.toThrow(
      "Meilisearch at https://search.example.vn did not answer within 20 ms"
    )
    await expect(failure).rejects.not.toThrow("s3cret")
  })

  it("refuses a host that is not an http(s) URL and an index name Meilisearch would refuse", () => {
    expect(
      () => new MeilisearchProvider({ host: "meilisearch:7700x" })
    ).toThrow(
      "MEILISEARCH_HOST must be an http(s) URL such as http://meilisearch:7700"
    )
    expect(
      () => new MeilisearchProvider({ host: HOST, index: "products/../keys" })
    ).toThrow("MEILISEARCH_INDEX may hold only letters, digits, - and _")
  })
})
