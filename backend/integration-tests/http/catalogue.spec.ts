import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import {
  seedFixtureShop,
  HIDDEN_PRODUCT_HANDLES,
} from "../helpers/catalogue-fixtures"

jest.setTimeout(180 * 1000)

type Response = { status: number; data: Record<string, unknown> }
type Named = { handle: string }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let headers: { headers: Record<string, string> }
    let productIds: Record<string, string>
    let cooperativeIds: Record<string, string>
    let regionId: string

    beforeEach(async () => {
      const seeded = await seedFixtureShop(getContainer())
      headers = { headers: { "x-publishable-api-key": seeded.publishableKey } }
      productIds = seeded.productIds
      cooperativeIds = seeded.cooperativeIds
      regionId = seeded.regionId
    })

    const get = (url: string): Promise<Response> =>
      api
        .get(url, headers)
        .catch((error: { response: Response }) => error.response)

    const handles = (list: unknown): string[] =>
      (list as Named[]).map((item) => item.handle)

    describe("GET /store/cooperatives", () => {
      it("lists only active cooperatives, by name, with their place, groups and certificates", async () => {
        const response = await get("/store/cooperatives")
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ count: 2, offset: 0, limit: 12 })
        expect(handles(response.data.cooperatives)).toEqual([
          "htx-moc-chau",
          "htx-tram-tau",
        ])
        const [, tramTau] = response.data.cooperatives as Record<
          string,
          unknown
        >[]
        expect(tramTau).toMatchObject({
          province_code: "15",
          province_name: "Lào Cai",
          commune_code: "04606",
          commune_name: "Xã Trạm Tấu",
          ethnic_groups: [
            { code: "mong", name_vi: "Mông", name_en: "Hmong" },
            { code: "thai", name_vi: "Thái", name_en: "Thai" },
          ],
          households: { total: 30, poor: 8, near_poor: 6, ethnic_minority: 28 },
          product_count: 2,
        })
        expect(tramTau?.certifications).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              type: "OCOP",
              ocop_stars: 5,
              expires_at: "2028-01-10T00:00:00.000Z",
            }),
          ])
        )
        for (const field of ["phone", "email", "status", "commission_rate"]) {
          expect(tramTau).not.toHaveProperty(field)
        }
      })

      it("filters by province, ethnic group and valid certificate, and pages", async () => {
        expect(
          handles(
            (await get("/store/cooperatives?province=14")).data.cooperatives
          )
        ).toEqual(["htx-moc-chau"])
        expect(
          handles(
            (await get("/store/cooperatives?ethnic_group=mong")).data
              .cooperatives
          )
        ).toEqual(["htx-tram-tau"])
        expect(
          handles(
            (await get("/store/cooperatives?certification=OCOP")).data
              .cooperatives
          )
        ).toEqual(["htx-tram-tau"])
        // The only VietGAP certificate expired in 2024.
        expect(
          (await get("/store/cooperatives?certification=VietGAP")).data
        ).toMatchObject({ cooperatives: [], count: 0 })
        const page = await get("/store/cooperatives?limit=1&offset=1")
        expect(page.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
        expect(handles(page.data.cooperatives)).toEqual(["htx-tram-tau"])
      })

      const badCooperativeFilters: [string, string][] = [
        ["limit=0", "limit must be a whole number from 1 to 50."],
        ["limit=51", "limit must be a whole number from 1 to 50."],
        ["offset=-1", "offset must be a whole number from 0 to 10000."],
        ["province=1", "province is a two-digit 2025 province code"],
        ["province=99", "There is no province with code 99"],
        ["ethnic_group=klingon", "ethnic_group is the code of one of the 54"],
        ["certification=ISO9001", "certification is one of OCOP, VietGAP"],
        ["sort=name", "Unknown parameter: sort."],
      ]
      it("answers bad filters with 400 and a sentence", async () => {
        for (const [search, message] of badCooperativeFilters) {
          const response = await get(`/store/cooperatives?${search}`)
          expect({ search, status: response.status }).toEqual({
            search,
            status: 400,
          })
          expect(response.data.message).toContain(message)
        }
      })
    })

    describe("GET /store/cooperatives/:handle", () => {
      it("shows an active cooperative with its published products", async () => {
        const response = await get("/store/cooperatives/htx-tram-tau")
        expect(response.status).toBe(200)
        const cooperative = response.data.cooperative as Record<string, unknown>
        expect(cooperative).toMatchObject({
          handle: "htx-tram-tau",
          product_count: 2,
        })
        expect(handles(cooperative.products).sort()).toEqual([
          "nep-tu-le",
          "tao-meo-ocop",
        ])
      })

      it.each([
        "htx-khong-co",
        "htx-cho-duyet",
        "htx-tam-dung",
        "htx-bi-tu-choi",
      ])("answers 404 for %s (unknown or not active)", async (handle) => {
        const response = await get(`/store/cooperatives/${handle}`)
        expect(response.status).toBe(404)
        expect(response.data.message).toBe(
          `There is no cooperative "${handle}" on Chợ Phiên.`
        )
      })

      it("answers 400 for a handle that cannot be one", async () => {
        const response = await get("/store/cooperatives/HTX%20Tr%E1%BA%A1m")
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("lowercase letters, digits")
      })
    })

    describe("origin through Medusa's product routes", () => {
      it("adds the cooperative and the origin to /store/products in one call, without private fields", async () => {
        const response = await get(
          "/store/products?handle=tao-meo-ocop&fields=id,handle,+cooperative.*,+origin.*,+origin.certifications.*"
        )
        expect(response.status).toBe(200)
        const [product] = response.data.products as Record<string, unknown>[]
        expect(product?.origin).toMatchObject({
          commune_code: "04606",
          province_code: "15",
          ethnic_group: "mong",
          harvest_months: [8, 9, 10],
          story_en: "Táo mèo picked on the mountain.",
          producer_name: "Chị Mùa",
          traceability_code: expect.stringMatching(/^CP-04606-[0-9A-F]{6}$/),
          certifications: [
            expect.objectContaining({ type: "OCOP", ocop_stars: 5 }),
          ],
        })
        const cooperative = product?.cooperative as Record<string, unknown>
        expect(cooperative).toMatchObject({
          handle: "htx-tram-tau",
          name: "HTX htx-tram-tau",
        })
        for (const field of ["phone", "email", "status", "commission_rate"]) {
          expect(cooperative).not.toHaveProperty(field)
        }
      })

      it("never shows buyers the products of pending, suspended or rejected cooperatives", async () => {
        const list = await get("/store/products?fields=handle&limit=50")
        expect(list.status).toBe(200)
        expect(handles(list.data.products).sort()).toEqual([
          "dau-tay-moc-chau",
          "nep-tu-le",
          "tao-meo-ocop",
        ])
        for (const handle of HIDDEN_PRODUCT_HANDLES) {
          const byHandle = await get(`/store/products?handle=${handle}`)
          expect(byHandle.data.products).toEqual([])
          const byId = await get(`/store/products/${productIds[handle]}`)
          expect(byId.status).toBe(404)
          const byIds = await get(
            `/store/products?id[]=${productIds[handle]}&id[]=${productIds["tao-meo-ocop"]}&fields=handle`
          )
          expect(handles(byIds.data.products)).toEqual(["tao-meo-ocop"])
        }
      })

      it("hides a cooperative's products as soon as it is suspended", async () => {
        const cooperatives = getContainer().resolve("cooperative") as {
          updateCooperatives: (
            data: { id: string; status: string }[]
          ) => Promise<unknown>
        }
        await cooperatives.updateCooperatives([
          { id: cooperativeIds["htx-moc-chau"] ?? "", status: "suspended" },
        ])
        const list = await get("/store/products?fields=handle")
        expect(handles(list.data.products)).not.toContain("dau-tay-moc-chau")
        const catalogue = await get("/store/catalogue")
        expect(handles(catalogue.data.products)).not.toContain(
          "dau-tay-moc-chau"
        )
        expect((await get("/store/cooperatives/htx-moc-chau")).status).toBe(404)
      })
    })

    describe("seeding", () => {
      it("can run again over a seeded database and adds nothing twice", async () => {
        const again = await seedFixtureShop(getContainer())
        expect(again.productIds).toEqual(productIds)
        expect(again.regionId).toBe(regionId)
        expect(again.publishableKey).toBe(
          headers.headers["x-publishable-api-key"]
        )
        expect((await get("/store/catalogue")).data.count).toBe(3)
        expect((await get("/store/cooperatives")).data.count).toBe(2)
        const regions = await api.get("/store/regions", headers)
        expect(regions.data.regions).toHaveLength(1)
      })
    })

    describe("carts", () => {
      const variantOf = async (handle: string): Promise<string> => {
        const query = getContainer().resolve("query") as {
          graph: (q: object) => Promise<{ data: { id: string }[] }>
        }
        const { data } = await query.graph({
          entity: "product_variant",
          fields: ["id"],
          filters: { product_id: productIds[handle] },
        })
        return data[0]?.id ?? ""
      }
      const post = (url: string, body: object): Promise<Response> =>
        api
          .post(url, body, headers)
          .catch((error: { response: Response }) => error.response)

      it("takes a product of an active cooperative and refuses one of a suspended cooperative", async () => {
        const cart = await post("/store/carts", { region_id: regionId })
        expect(cart.status).toBe(200)
        const cartId = (cart.data.cart as { id: string }).id
        const added = await post(`/store/carts/${cartId}/line-items`, {
          variant_id: await variantOf("tao-meo-ocop"),
          quantity: 1,
        })
        expect(added.status).toBe(200)

        const hiddenVariant = await variantOf("an-tam-dung")
        const refused = await post(`/store/carts/${cartId}/line-items`, {
          variant_id: hiddenVariant,
          quantity: 1,
        })
        expect(refused.status).toBe(404)
        expect(refused.data.message).toBe(
          `This product is not on sale at the moment (variant ${hiddenVariant}).`
        )
        const withItems = await post("/store/carts", {
          region_id: regionId,
          items: [{ variant_id: hiddenVariant, quantity: 1 }],
        })
        expect(withItems.status).toBe(404)
      })
    })

    describe("GET /store/catalogue", () => {
      it("lists visible products newest first with price, place, category and valid certificates", async () => {
        const response = await get("/store/catalogue")
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ count: 3, offset: 0, limit: 24 })
        const products = response.data.products as Record<string, unknown>[]
        const taoMeo = products.find((p) => p.handle === "tao-meo-ocop")
        expect(taoMeo).toMatchObject({
          title_en: "Product tao-meo-ocop",
          price: 120000,
          cooperative: { handle: "htx-tram-tau", name: "HTX htx-tram-tau" },
          province_code: "15",
          province_name: "Lào Cai",
          commune_name: "Xã Trạm Tấu",
          category: { handle: "kho-say", name_en: "Dried & preserved" },
          ocop_stars: 5,
          certification_types: ["OCOP"],
        })
        const nep = products.find((p) => p.handle === "nep-tu-le")
        expect(nep).toMatchObject({ ocop_stars: null, certification_types: [] })
        expect(response.data.facets).toMatchObject({
          provinces: [
            { code: "15", name: "Lào Cai", count: 2 },
            { code: "14", name: "Sơn La", count: 1 },
          ],
          certifications: [
            { type: "OCOP", count: 1 },
            { type: "organic", count: 1 },
          ],
        })
      })

      const catalogueQueries: [string, string[]][] = [
        ["province=14", ["dau-tay-moc-chau"]],
        ["category=gao-mien", ["nep-tu-le"]],
        ["certification=OCOP", ["tao-meo-ocop"]],
        ["certification=VietGAP", []],
        ["ocop_min=4", ["tao-meo-ocop"]],
        ["price_min=100000&price_max=150000", ["tao-meo-ocop"]],
        ["harvest_month=11", ["nep-tu-le"]],
        ["cooperative=htx-moc-chau", ["dau-tay-moc-chau"]],
        ["cooperative=htx-tam-dung", []],
        ["sort=price_asc", ["dau-tay-moc-chau", "tao-meo-ocop", "nep-tu-le"]],
        ["sort=price_desc", ["nep-tu-le", "tao-meo-ocop", "dau-tay-moc-chau"]],
        ["sort=price_asc&limit=1&offset=1", ["tao-meo-ocop"]],
      ]
      it("filters, sorts and pages by the query string", async () => {
        for (const [search, expected] of catalogueQueries) {
          const response = await get(`/store/catalogue?${search}`)
          expect({ search, handles: handles(response.data.products) }).toEqual({
            search,
            handles: expected,
          })
        }
      })

      it("counts facets over the other filters", async () => {
        const response = await get("/store/catalogue?province=14")
        expect(response.data.count).toBe(1)
        const facets = response.data.facets as {
          provinces: { code: string; count: number }[]
          categories: { handle: string; count: number }[]
        }
        // The province menu still offers Lào Cai with its 2 products…
        expect(facets.provinces).toContainEqual(
          expect.objectContaining({ code: "15", count: 2 })
        )
        // …while the category menu counts only Sơn La's products.
        expect(facets.categories).toContainEqual(
          expect.objectContaining({ handle: "trai-cay-tuoi", count: 1 })
        )
        expect(facets.categories).toContainEqual(
          expect.objectContaining({ handle: "kho-say", count: 0 })
        )
      })

      const badCatalogueFilters: [string, string][] = [
        [
          "price_min=200000&price_max=100000",
          "price_min cannot be more than price_max.",
        ],
        ["ocop_min=2", "ocop_min must be a whole number from 3 to 5."],
        [
          "sort=cheapest",
          "sort is one of newest, price_asc, price_desc, title.",
        ],
        ["limit=49", "limit must be a whole number from 1 to 48."],
        [
          "harvest_month=13",
          "harvest_month must be a whole number from 1 to 12.",
        ],
        ["price_max=abc", "price_max must be a whole number"],
        ["category=Rau%20c%E1%BB%A7", "category is a category handle"],
        ["q=tao", "Unknown parameter: q."],
      ]
      it("answers bad filters with 400 and a sentence", async () => {
        for (const [search, message] of badCatalogueFilters) {
          const response = await get(`/store/catalogue?${search}`)
          expect({ search, status: response.status }).toEqual({
            search,
            status: 400,
          })
          expect(response.data.message).toContain(message)
        }
      })
    })
  },
})
