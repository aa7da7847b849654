import { spawnSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { dirname, join } from "node:path"

import { PRODUCTS, seedDemoOperator, seedMarketplace } from "@cho-phien/seed"
import { buildDocuments } from "@cho-phien/search/lib/documents"
import { reindexAll } from "@cho-phien/search/lib/sync"
import { MeilisearchProvider } from "@cho-phien/search/providers/meilisearch/provider"
import type {
  SearchHit,
  SearchProvider,
} from "@cho-phien/search/providers/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { type Api, sellerClient } from "../helpers/seller-fixtures"

jest.setTimeout(300 * 1000)

type Segment = { text: string; match: boolean }
type Hit = Omit<SearchHit, "highlight"> & {
  highlight: {
    title: Segment[]
    title_en: Segment[]
    snippet: Segment[] | null
  }
}
type Facets = {
  provinces: { code: string; name: string; name_en: string; count: number }[]
  categories: {
    handle: string
    name_vi: string
    name_en: string
    count: number
  }[]
  ocop_stars: { stars: number; count: number }[]
  in_stock: number
}
type SearchBody = {
  hits: Hit[]
  facets: Facets
  total: number
  limit: number
  offset: number
  suggestion: string | null
  message?: string
}
type Response<T> = { status: number; data: T }

type RelevanceCase = {
  q: string
  expect: string
  within: 1 | 3
  why: string
}

/** The relevance set (plugins/search/relevance/queries.json), shared with the README. */
const RELEVANCE: RelevanceCase[] = JSON.parse(
  readFileSync(
    join(
      dirname(require.resolve("@cho-phien/search/package.json")),
      "relevance/queries.json"
    ),
    "utf8"
  )
)

// The HTTP routes run on PostgreSQL here (the app gets MEILISEARCH_HOST=""); a Meilisearch server
// named in the environment is only used by the relevance run against MeilisearchProvider below.
const MEILISEARCH_HOST = process.env.MEILISEARCH_HOST ?? ""
const MEILISEARCH_API_KEY = process.env.MEILISEARCH_API_KEY || undefined

/** Whether a Meilisearch server answers, asked once while the tests are collected. */
const meilisearchAnswers = (host: string): boolean => {
  if (!host) {
    return false
  }
  const probe = spawnSync(
    process.execPath,
    [
      "-e",
      `fetch(new URL("/health", process.argv[1]), { signal: AbortSignal.timeout(2000) })
        .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))`,
      host,
    ],
    { timeout: 5_000, env: { ...process.env, NODE_OPTIONS: "" } }
  )
  return probe.status === 0
}
const MEILISEARCH_REACHABLE = meilisearchAnswers(MEILISEARCH_HOST)
const MEILISEARCH_SKIP_NOTICE = `SKIPPED: no Meilisearch server reachable at ${MEILISEARCH_HOST || "MEILISEARCH_HOST (not set)"}`
if (!MEILISEARCH_REACHABLE) {
  process.stderr.write(
    `\nsearch.spec: the Meilisearch relevance run is ${MEILISEARCH_SKIP_NOTICE}. Start one (see plugins/search/README.md) and set MEILISEARCH_HOST to run it.\n\n`
  )
}

const quiet = { info: () => undefined }

/** Where `expect` came in a ranked list of handles, as a line for the failure report. */
const judge = (item: RelevanceCase, handles: string[]): string | null => {
  const at = handles.indexOf(item.expect)
  if (at >= 0 && at < item.within) {
    return null
  }
  return `"${item.q}": expected ${item.expect} ${item.within === 1 ? "first" : `in the top ${item.within}`}, got ${at < 0 ? "it nowhere in the first 10" : `#${at + 1}`}: ${handles.slice(0, 5).join(", ") || "(nothing)"} (${item.why})`
}

const marked = (segments: Segment[] | null): string[] =>
  (segments ?? []).filter((s) => s.match).map((s) => s.text)

medusaIntegrationTestRunner({
  inApp: true,
  env: { MEILISEARCH_HOST: "" },
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let productIds: Record<string, string>
    let cooperativeIds: Record<string, string>
    let operator: string
    const client = sellerClient(api as Api, () => "10.2.0.1")

    // The full demo catalogue (64 products of 15 cooperatives), indexed once; every test starts
    // from this state (the runner restores the database between tests).
    beforeAll(async () => {
      const container = getContainer()
      const seeded = await seedMarketplace(container, {
        logger: quiet,
        images: false,
      })
      await seedDemoOperator(container, { logger: quiet })
      await reindexAll(container)
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      productIds = seeded.productIds
      cooperativeIds = seeded.cooperativeIds
    })

    beforeEach(async () => {
      operator = await client.signInOperator()
    })

    const get = <T = SearchBody>(url: string): Promise<Response<T>> =>
      api
        .get(url, headers)
        .catch((error: { response: Response<T> }) => error.response)

    const search = (params: Record<string, string | number | boolean>) =>
      get(
        `/store/search?${new URLSearchParams(
          Object.entries(params).map(([k, v]): [string, string] => [
            k,
            String(v),
          ])
        ).toString()}`
      )

    const handles = (body: SearchBody): string[] =>
      body.hits.map((hit) => hit.handle)

    /** Asks again until `check` holds (the index is updated in the background), or gives up. */
    const eventually = async (
      ask: () => Promise<SearchBody>,
      check: (body: SearchBody) => boolean,
      what: string
    ): Promise<SearchBody> => {
      let last: SearchBody | undefined
      for (let attempt = 0; attempt < 150; attempt += 1) {
        last = await ask()
        if (check(last)) {
          return last
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      throw new Error(
        `The search did not show ${what} within 30 s; last answer: ${JSON.stringify(
          last?.hits.map((h) => [h.handle, h.title, h.price, h.in_stock])
        )}`
      )
    }

    describe("relevance", () => {
      it(`puts the expected product first or in the top 3 for all ${RELEVANCE.length} queries of the relevance set`, async () => {
        const failures: string[] = []
        for (const item of RELEVANCE) {
          const response = await search({ q: item.q, limit: 10 })
          if (response.status !== 200) {
            failures.push(`"${item.q}": HTTP ${response.status}`)
            continue
          }
          const failure = judge(item, handles(response.data))
          if (failure) {
            failures.push(failure)
          }
        }
        expect(failures).toEqual([])
      })

      it("matches products that have every word at a word start, not most of the catalogue", async () => {
        const strawberries = await search({ q: "dau tay" })
        expect(handles(strawberries.data).slice(0, 2)).toEqual([
          "dau-tay-moc-chau",
          "dau-tay-say-deo-moc-chau",
        ])
        expect(strawberries.data.total).toBeLessThanOrEqual(6)
        const noodles = await search({ q: "mien dong bac kan" })
        expect(handles(noodles.data)).toEqual([
          "mien-dong-con-minh",
          expect.any(String),
          expect.any(String),
        ])
      })
    })

    describe(`Meilisearch relevance${MEILISEARCH_REACHABLE ? ` (${MEILISEARCH_HOST})` : ` — ${MEILISEARCH_SKIP_NOTICE}`}`, () => {
      const maybe = MEILISEARCH_REACHABLE ? it : it.skip
      maybe(
        "puts the expected product first or in the top 3 for the same relevance set",
        async () => {
          const container = getContainer()
          const index = `cho_phien_test_${Date.now().toString(36)}`
          const provider: SearchProvider = new MeilisearchProvider({
            host: MEILISEARCH_HOST,
            apiKey: MEILISEARCH_API_KEY,
            index,
          })
          try {
            await provider.setup()
            const { documents } = await buildDocuments(
              container,
              Object.values(productIds)
            )
            await provider.upsert(documents)
            const failures: string[] = []
            for (const item of RELEVANCE) {
              const result = await provider.search({
                q: item.q.normalize("NFC"),
                filters: {},
                sort: "relevance",
                limit: 10,
                offset: 0,
              })
              const failure = judge(
                item,
                result.hits.map((hit) => hit.handle)
              )
              if (failure) {
                failures.push(failure)
              }
            }
            expect(failures).toEqual([])
          } finally {
            await fetch(new URL(`/indexes/${index}`, MEILISEARCH_HOST), {
              method: "DELETE",
              headers: MEILISEARCH_API_KEY
                ? { Authorization: `Bearer ${MEILISEARCH_API_KEY}` }
                : {},
            }).catch(() => undefined)
          }
        }
      )
    })

    describe("GET /store/search", () => {
      it("browses everything newest first when nothing is typed", async () => {
        const db = getContainer().resolve(
          ContainerRegistrationKeys.PG_CONNECTION
        )
        const products = await db.raw<{
          rows: { handle: string; id: string; created_at: Date }[]
        }>(
          `select handle, id, created_at from product where deleted_at is null`
        )
        const newestFirst = [...products.rows]
          .sort(
            (a, b) =>
              b.created_at.getTime() - a.created_at.getTime() ||
              (a.id < b.id ? -1 : 1)
          )
          .map((p) => p.handle)

        const response = await search({ limit: 48 })
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({
          total: 64,
          limit: 48,
          offset: 0,
          suggestion: null,
        })
        expect(handles(response.data)).toEqual(newestFirst.slice(0, 48))
        const rest = await search({ limit: 48, offset: 48 })
        expect(handles(rest.data)).toEqual(newestFirst.slice(48))
        expect(rest.data.total).toBe(64)
        const beyond = await search({ offset: 100 })
        expect(beyond.data).toMatchObject({ hits: [], total: 64 })
      })

      it("counts facets over the matches, each without its own filter", async () => {
        const all = (await search({})).data.facets
        const sum = (list: { count: number }[]) =>
          list.reduce((total, entry) => total + entry.count, 0)
        expect(sum(all.provinces)).toBe(64)
        expect(sum(all.categories)).toBe(64)
        expect(all.provinces[0]).toEqual({
          code: "15",
          name: "Lào Cai",
          name_en: "Lao Cai",
          count: expect.any(Number),
        })
        expect(all.categories.map((c) => c.handle).sort()).toEqual(
          [...new Set(PRODUCTS.map((p) => p.category))].sort()
        )

        const sonLa = await search({ province: "14" })
        expect(sonLa.data.total).toBe(
          all.provinces.find((p) => p.code === "14")?.count
        )
        // The province facet leaves out the province filter: still every province.
        expect(sonLa.data.facets.provinces).toEqual(all.provinces)
        // The other facets count Sơn La's products only.
        expect(sum(sonLa.data.facets.categories)).toBe(sonLa.data.total)
        for (const category of sonLa.data.facets.categories) {
          const both = await search({
            province: "14",
            category: category.handle,
          })
          expect({ category: category.handle, count: both.data.total }).toEqual(
            {
              category: category.handle,
              count: category.count,
            }
          )
        }
        for (const { stars, count } of sonLa.data.facets.ocop_stars) {
          expect(
            (await search({ province: "14", ocop_min: stars })).data.total
          ).toBe(count)
        }
        expect(
          (await search({ province: "14", in_stock: true })).data.total
        ).toBe(sonLa.data.facets.in_stock)

        // A text query's facets count its matches.
        const honey = await search({ q: "mat ong" })
        expect(sum(honey.data.facets.provinces)).toBe(honey.data.total)
        expect(honey.data.facets.categories[0]).toMatchObject({
          handle: "mat-ong-thao-moc",
          name_vi: "Mật ong & thảo mộc",
          name_en: "Honey & herbs",
        })
      })

      it("filters by province, category, OCOP stars, price range and stock", async () => {
        const laoCai = await search({ province: "15", limit: 48 })
        expect(laoCai.data.total).toBeGreaterThan(0)
        expect(
          laoCai.data.hits.every((hit) => hit.province.code === "15")
        ).toBe(true)

        const honeyHerbs = PRODUCTS.filter(
          (p) => p.category === "mat-ong-thao-moc"
        ).map((p) => p.handle)
        const category = await search({
          category: "mat-ong-thao-moc",
          limit: 48,
        })
        expect(handles(category.data).sort()).toEqual([...honeyHerbs].sort())

        const fourStars = await search({ ocop_min: 4, limit: 48 })
        const fiveStars = await search({ ocop_min: 5, limit: 48 })
        expect(fourStars.data.total).toBeGreaterThan(fiveStars.data.total)
        expect(handles(fiveStars.data)).toEqual(["mien-dong-con-minh"])

        const cheap = await search({
          price_min: 60000,
          price_max: 100000,
          limit: 48,
        })
        expect(cheap.data.total).toBeGreaterThan(0)
        for (const hit of cheap.data.hits) {
          expect(hit.price).toBeGreaterThanOrEqual(60000)
          expect(hit.price).toBeLessThanOrEqual(100000)
        }

        const inStock = await search({ in_stock: true, limit: 48 })
        const outOfStock = await search({ in_stock: false, limit: 48 })
        expect(inStock.data.total + outOfStock.data.total).toBe(64)
        expect(outOfStock.data.hits.map((h) => h.in_stock)).toEqual(
          outOfStock.data.hits.map(() => false)
        )
        expect(inStock.data.hits.every((h) => h.in_stock)).toBe(true)

        const combined = await search({
          q: "gao",
          province: "11",
          in_stock: true,
        })
        expect(handles(combined.data).sort()).toEqual([
          "gao-nep-cam-dien-bien",
          "gao-seng-cu-dien-bien",
          "gao-tam-thom-dien-bien",
        ])
      })

      it("sorts by price both ways, with or without a query", async () => {
        for (const q of ["", "mat ong"]) {
          const up = (await search({ q, sort: "price_asc", limit: 48 })).data
          const prices = up.hits.map((hit) => hit.price ?? 0)
          expect(prices).toEqual([...prices].sort((a, b) => a - b))
          const down = (await search({ q, sort: "price_desc", limit: 48 })).data
          const falling = down.hits.map((hit) => hit.price ?? 0)
          expect(falling).toEqual([...falling].sort((a, b) => b - a))
          expect(down.total).toBe(up.total)
        }
      })

      it("marks the words it matched in the titles and the story snippet", async () => {
        const response = await search({ q: "tao meo say" })
        const [first] = response.data.hits
        expect(first?.handle).toBe("tao-meo-say-kho-tram-tau")
        expect(marked(first?.highlight.title ?? [])).toEqual([
          "Táo",
          "mèo",
          "sấy",
        ])
        expect(first?.highlight.title.map((s) => s.text).join("")).toBe(
          "Táo mèo sấy khô Trạm Tấu"
        )
        expect(marked(first?.highlight.title_en ?? [])).toEqual(["táo", "mèo"])

        const english = await search({ q: "honey" })
        const honey = english.data.hits[0]
        expect(marked(honey?.highlight.title_en ?? [])).toEqual(["honey"])
        expect(marked(honey?.highlight.title ?? [])).toEqual([])

        const typo = await search({ q: "tao moe" })
        expect(marked(typo.data.hits[0]?.highlight.title ?? [])).toEqual([
          "Táo",
          "mèo",
        ])
        const story = await search({ q: "tao meo" })
        expect(marked(story.data.hits[0]?.highlight.snippet ?? null)).toEqual(
          expect.arrayContaining(["táo", "mèo"])
        )
        const browse = await search({})
        expect(browse.data.hits[0]?.highlight.snippet).toBeNull()
      })

      it("suggests a correction when a misspelt query matches nothing", async () => {
        const misspelt = await search({ q: "shan tuyeeet" })
        expect(misspelt.status).toBe(200)
        expect(misspelt.data).toMatchObject({ hits: [], total: 0 })
        expect(misspelt.data.suggestion).toBe("shan tuyết")
        const corrected = await search({
          q: misspelt.data.suggestion ?? "",
        })
        expect(handles(corrected.data)).toContain("che-shan-tuyet-ta-xua")

        // Words that all exist but never together: nothing to correct.
        const apart = await search({ q: "glass noodles honey" })
        expect(apart.data).toMatchObject({ total: 0, suggestion: null })
      })

      it("answers bad parameters with 400 and a sentence", async () => {
        const bad: [Record<string, string>, string][] = [
          [{ q: "a".repeat(101) }, "A search has at most 100 characters."],
          [{ ocop_min: "7" }, "ocop_min is 3, 4 or 5 (OCOP stars)."],
          [
            { price_min: "200000", price_max: "100000" },
            "price_min must not be more than price_max.",
          ],
          [{ colour: "red" }, "Unknown parameter: colour."],
          [
            { province: "Lào Cai" },
            "province is a two-digit 2025 province code",
          ],
          [{ sort: "cheapest" }, "sort is one of relevance, newest"],
          [{ limit: "49" }, "limit is between 1 and 48."],
        ]
        for (const [params, message] of bad) {
          const response = await search(params)
          expect({ params, status: response.status }).toEqual({
            params,
            status: 400,
          })
          expect(response.data.message).toContain(message)
        }
      })

      it("never breaks on what a buyer types", async () => {
        const typed = [
          "%",
          "_",
          "\\",
          "'",
          '"',
          "tao'; drop table search_document;--",
          "mật ong %_\\",
          "100%",
          "a_b",
          "🍓🍯",
          "dâu 🍓",
          "مرحبا بالعالم",
          "שלום",
          "táo\u200fmèo",
          "(((",
          "a & b | !c",
          "tao:* & meo",
          "<script>alert(1)</script>",
          " ".repeat(50),
          "ạ".repeat(100),
        ]
        for (const q of typed) {
          const response = await search({ q })
          expect({ q, status: response.status }).toEqual({ q, status: 200 })
          expect(Array.isArray(response.data.hits)).toBe(true)
        }
        // Percent-encoded input a browser would never send: lone surrogates, NUL, broken UTF-8.
        for (const raw of [
          "%ED%A0%80",
          "%00",
          "tao%00meo",
          "%FF%FE",
          "%C3",
          "%",
        ]) {
          const response = await get(`/store/search?q=${raw}`)
          expect({ raw, status: response.status }).toEqual({
            raw,
            status: 200,
          })
          const suggest = await get(`/store/search/suggest?q=x${raw}`)
          expect({ raw, status: suggest.status }).toEqual({ raw, status: 200 })
        }
        const tooLong = await get(
          `/store/search?q=${"%F0%9F%8D%93".repeat(51)}`
        )
        expect(tooLong.status).toBe(400)

        // The table is still there and still answers.
        const after = await search({ q: "dau tay" })
        expect(handles(after.data)[0]).toBe("dau-tay-moc-chau")
      })
    })

    describe("GET /store/search/suggest", () => {
      it("suggests the best few products for what is typed so far", async () => {
        const response = await get<{
          suggestions: Record<string, unknown>[]
        }>(`/store/search/suggest?q=${encodeURIComponent("tao m")}`)
        expect(response.status).toBe(200)
        const { suggestions } = response.data
        expect(suggestions.length).toBeGreaterThan(0)
        expect(suggestions.length).toBeLessThanOrEqual(6)
        expect(suggestions[0]).toEqual({
          id: productIds["tao-meo-tuoi-tram-tau"],
          handle: "tao-meo-tuoi-tram-tau",
          title: "Táo mèo tươi Trạm Tấu",
          title_en: "Fresh táo mèo from Trạm Tấu",
          thumbnail: null,
          price: expect.any(Number),
          cooperative: {
            handle: "htx-son-tra-tram-tau",
            name: "HTX Sơn tra Đỉnh Mây Trạm Tấu",
          },
        })
        const english = await get<{ suggestions: { handle: string }[] }>(
          "/store/search/suggest?q=straw"
        )
        expect(english.data.suggestions.map((s) => s.handle)).toEqual([
          "dau-tay-moc-chau",
          "dau-tay-say-deo-moc-chau",
        ])
        const empty = await get<{ message: string }>(
          "/store/search/suggest?q=%20"
        )
        expect(empty.status).toBe(400)
        expect(empty.data.message).toBe("Type something to search for.")
      })
    })

    describe("the index follows the shop", () => {
      const productId = (handle: string): string => productIds[handle] ?? ""

      it("shows a product's new title", async () => {
        const updated = await client.post(
          `/admin/products/${productId("tao-meo-say-kho-tram-tau")}`,
          { title: "Mứt táo mèo sấy dẻo Trạm Tấu" },
          operator
        )
        expect(updated.status).toBe(200)
        const found = await eventually(
          async () => (await search({ q: "mut tao meo" })).data,
          (body) => body.hits[0]?.handle === "tao-meo-say-kho-tram-tau",
          "the new title"
        )
        expect(found.hits[0]?.title).toBe("Mứt táo mèo sấy dẻo Trạm Tấu")
        expect(marked(found.hits[0]?.highlight.title ?? [])).toEqual([
          "Mứt",
          "táo",
          "mèo",
        ])
      })

      it("drops a product that is no longer published", async () => {
        const drafted = await client.post(
          `/admin/products/${productId("dau-tay-moc-chau")}`,
          { status: "draft" },
          operator
        )
        expect(drafted.status).toBe(200)
        const found = await eventually(
          async () => (await search({ q: "dau tay" })).data,
          (body) => !handles(body).includes("dau-tay-moc-chau"),
          "the strawberries gone"
        )
        expect(handles(found)).toContain("dau-tay-say-deo-moc-chau")
      })

      it("shows a product out of stock when its stock reaches 0", async () => {
        const product = await client.get(
          `/admin/products/${productId("mien-dong-con-minh")}?fields=id,*variants,*variants.inventory_items,*variants.inventory_items.inventory,*variants.inventory_items.inventory.location_levels`,
          operator
        )
        expect(product.status).toBe(200)
        type Level = { location_id: string; inventory_item_id: string }
        const levels = (
          product.data.product as {
            variants: {
              inventory_items: { inventory: { location_levels: Level[] } }[]
            }[]
          }
        ).variants.flatMap((v) =>
          v.inventory_items.flatMap((i) => i.inventory.location_levels)
        )
        expect(levels.length).toBeGreaterThan(0)
        for (const level of levels) {
          const emptied = await client.post(
            `/admin/inventory-items/${level.inventory_item_id}/location-levels/${level.location_id}`,
            { stocked_quantity: 0 },
            operator
          )
          expect(emptied.status).toBe(200)
        }
        const found = await eventually(
          async () => (await search({ q: "mien dong con minh" })).data,
          (body) =>
            body.hits.find((h) => h.handle === "mien-dong-con-minh")
              ?.in_stock === false,
          "the noodles out of stock"
        )
        expect(handles(found)[0]).toBe("mien-dong-con-minh")
        const inStockOnly = await search({
          q: "mien dong con minh",
          in_stock: true,
        })
        expect(handles(inStockOnly.data)).not.toContain("mien-dong-con-minh")
      })

      it("shows a new price", async () => {
        const product = await client.get(
          `/admin/products/${productId("hat-de-trung-khanh")}?fields=id,*variants,*variants.prices`,
          operator
        )
        type Variant = {
          id: string
          prices: { id: string; amount: number; currency_code: string }[]
        }
        const variants = (product.data.product as { variants: Variant[] })
          .variants
        const [first] = variants
        const price = first?.prices.find((p) => p.currency_code === "vnd")
        expect(price).toBeDefined()
        const cheaper = 1000 * Math.floor((price?.amount ?? 0) / 2000)
        const changed = await client.post(
          `/admin/products/${productId("hat-de-trung-khanh")}/variants/${first?.id}`,
          {
            prices: [{ id: price?.id, currency_code: "vnd", amount: cheaper }],
          },
          operator
        )
        expect(changed.status).toBe(200)
        await eventually(
          async () => (await search({ q: "hat de trung khanh" })).data,
          (body) =>
            body.hits.find((h) => h.handle === "hat-de-trung-khanh")?.price ===
            cheaper,
          `the chestnuts at ${cheaper} đồng`
        )
        const range = await search({
          q: "hat de",
          price_max: cheaper,
        })
        expect(handles(range.data)).toContain("hat-de-trung-khanh")
      })

      it("drops every product of a suspended cooperative", async () => {
        const before = await search({ q: "tao meo" })
        expect(
          before.data.hits.some(
            (h) => h.cooperative.handle === "htx-son-tra-tram-tau"
          )
        ).toBe(true)
        const suspended = await client.post(
          `/admin/cooperatives/${cooperativeIds["htx-son-tra-tram-tau"]}/suspend`,
          { reason: "Hồ sơ cần bổ sung." },
          operator
        )
        expect(suspended.status).toBe(200)
        const found = await eventually(
          async () => (await search({ q: "tao meo" })).data,
          (body) =>
            !body.hits.some(
              (h) => h.cooperative.handle === "htx-son-tra-tram-tau"
            ),
          "no product of the suspended cooperative"
        )
        // The honey of another cooperative, from táo mèo blossom, is still there.
        expect(handles(found)).toEqual(["mat-ong-hoa-son-tra-mu-cang-chai"])
      })
    })
  },
})
