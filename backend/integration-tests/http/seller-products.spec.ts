import { seedDemoOperator } from "@cho-phien/seed"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import sharp from "sharp"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import {
  type Api,
  applicationBody,
  type Response,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(180 * 1000)

const quiet = { info: () => undefined }

type Variant = {
  id: string
  title: string
  sku: string | null
  prices: { amount: number; currency_code: string }[]
  inventory_quantity: number | null
}
type Product = {
  id: string
  title: string
  handle: string
  status: string
  variants: Variant[]
  origin: Record<string, unknown> | null
}

/** A product a cooperative would list, valid as it is; tests change one field at a time. */
const productBody = (
  handle: string,
  overrides: Record<string, unknown> = {}
): Record<string, unknown> => ({
  title: `Táo mèo ${handle}`,
  subtitle: "Sấy khô, không đường",
  description: "Táo mèo hái trên núi, sấy bằng củi.",
  handle,
  status: "published",
  images: [{ url: "https://cdn.example.vn/tao-meo.webp" }],
  thumbnail: "https://cdn.example.vn/tao-meo.webp",
  weight: 550,
  length: 20,
  width: 15,
  height: 8,
  variants: [
    {
      title: "Túi 500 g",
      sku: `${handle.toUpperCase()}-500`,
      prices: [{ amount: 120000, currency_code: "vnd" }],
      stock: 25,
    },
    {
      title: "Túi 1 kg",
      sku: `${handle.toUpperCase()}-1000`,
      prices: [{ amount: 220000, currency_code: "vnd" }],
      stock: 5,
    },
  ],
  origin: {
    commune_code: "04606",
    ethnic_group: "mong",
    harvest_months: [9, 10],
    story_vi: "Bà con người Mông hái táo mèo trên rừng già.",
    story_en: "Hmong families pick wild apples in the old forest.",
    producer_name: "Giàng Thị Mai",
  },
  ...overrides,
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let storeHeaders: { headers: Record<string, string> }
    let productIds: Record<string, string>
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.2.0.${testNumber}`)

    beforeEach(async () => {
      testNumber += 1
      const seeded = await seedFixtureShop(getContainer())
      await seedDemoOperator(getContainer(), { logger: quiet })
      storeHeaders = {
        headers: { "x-publishable-api-key": seeded.publishableKey },
      }
      productIds = seeded.productIds
    })

    const storeGet = (url: string): Promise<Response> =>
      api
        .get(url, storeHeaders)
        .catch((error: { response: Response }) => error.response)

    /** Registers, applies, optionally gets approved, and signs in: a seller token. */
    const onboard = async (handle: string, approve = true): Promise<string> => {
      const email = `${handle}@seller.example.vn`
      const registration = await client.register(email)
      const applied = await client.post(
        "/seller/cooperatives",
        applicationBody(handle),
        registration
      )
      expect(applied.status).toBe(201)
      if (approve) {
        const operator = await client.signInOperator()
        const id = (applied.data.cooperative as { id: string }).id
        const approved = await client.post(
          `/admin/cooperatives/${id}/approve`,
          {},
          operator
        )
        expect(approved.status).toBe(200)
      }
      return client.signIn(email)
    }

    const create = async (
      token: string,
      handle: string,
      overrides: Record<string, unknown> = {}
    ): Promise<Product> => {
      const created = await client.post(
        "/seller/products",
        productBody(handle, overrides),
        token
      )
      expect(created.status).toBe(201)
      return created.data.product as Product
    }

    it("lists a product that buyers then find in the store and the catalogue, and edits and deletes it", async () => {
      const token = await onboard("htx-tao-meo-a")
      const product = await create(token, "tao-meo-say-a")
      expect(product).toMatchObject({
        handle: "tao-meo-say-a",
        status: "published",
        origin: {
          commune_code: "04606",
          province_code: "15",
          ethnic_group: "mong",
          harvest_months: [9, 10],
          producer_name: "Giàng Thị Mai",
        },
      })
      expect(product.origin?.traceability_code).toMatch(/^CP-04606-/)
      const small = product.variants.find((v) => v.title === "Túi 500 g")
      expect(small).toMatchObject({
        sku: "TAO-MEO-SAY-A-500",
        prices: [{ amount: 120000, currency_code: "vnd" }],
        inventory_quantity: 25,
      })

      const store = await storeGet(
        "/store/products?handle=tao-meo-say-a&fields=+origin.*,+cooperative.*"
      )
      expect(store.status).toBe(200)
      expect(store.data.products).toEqual([
        expect.objectContaining({
          id: product.id,
          origin: expect.objectContaining({ commune_code: "04606" }),
          cooperative: expect.objectContaining({ handle: "htx-tao-meo-a" }),
        }),
      ])
      const catalogue = await storeGet(
        "/store/catalogue?cooperative=htx-tao-meo-a"
      )
      expect(catalogue.data.products).toEqual([
        expect.objectContaining({
          handle: "tao-meo-say-a",
          price: 120000,
          province_code: "15",
          harvest_months: [9, 10],
        }),
      ])

      await create(token, "mat-ong-a", {
        title: "Mật ong bạc hà",
        variants: [
          {
            title: "Chai 500 ml",
            prices: [{ amount: 350000, currency_code: "vnd" }],
          },
        ],
      })
      const list = await client.get("/seller/products?limit=1", token)
      expect(list.status).toBe(200)
      expect(list.data).toMatchObject({ count: 2, offset: 0, limit: 1 })
      const found = await client.get("/seller/products?q=bạc hà", token)
      expect((found.data.products as Product[]).map((p) => p.handle)).toEqual([
        "mat-ong-a",
      ])
      const one = await client.get(`/seller/products/${product.id}`, token)
      expect(one.status).toBe(200)
      expect((one.data.product as Product).id).toBe(product.id)

      const updated = await client.post(
        `/seller/products/${product.id}`,
        {
          title: "Táo mèo sấy lát",
          variants: [
            {
              id: small?.id,
              prices: [{ amount: 135000, currency_code: "vnd" }],
              stock: 40,
            },
          ],
        },
        token
      )
      expect(updated.status).toBe(200)
      const after = updated.data.product as Product
      expect(after.title).toBe("Táo mèo sấy lát")
      expect(after.variants.find((v) => v.id === small?.id)).toMatchObject({
        prices: [{ amount: 135000, currency_code: "vnd" }],
        inventory_quantity: 40,
      })
      expect(
        after.variants.find((v) => v.title === "Túi 1 kg")?.inventory_quantity
      ).toBe(5)

      const deleted = await client.delete(
        `/seller/products/${product.id}`,
        token
      )
      expect(deleted.status).toBe(200)
      expect(deleted.data).toEqual({
        id: product.id,
        object: "product",
        deleted: true,
      })
      expect(
        (await client.get(`/seller/products/${product.id}`, token)).status
      ).toBe(404)
      expect(
        (await storeGet(`/store/products?handle=tao-meo-say-a`)).data.products
      ).toEqual([])
    })

    it("shows a photo uploaded from the portal in the store as a responsive picture, under an ASCII handle", async () => {
      const token = await onboard("htx-anh-san-pham")
      const photo = await sharp({
        create: {
          width: 1600,
          height: 1200,
          channels: 3,
          background: { r: 170, g: 40, b: 30 },
        },
      })
        .jpeg()
        .toBuffer()
      const form = new FormData()
      form.append(
        "files",
        new Blob([new Uint8Array(photo)], { type: "image/jpeg" }),
        "IMG_2041.jpg"
      )
      const uploaded = await api
        .post("/seller/uploads", form, client.headers(token))
        .catch((error: { response: Response }) => error.response)
      expect(uploaded.status).toBe(200)
      const [set] = uploaded.data.images as {
        url: string
        webp: { width: number; url: string }[]
        avif: { width: number; url: string }[]
      }[]
      expect(set?.webp.length).toBeGreaterThan(0)

      const body = productBody("unused", {
        title: "Táo mèo sấy khô Đỉnh Mây",
        images: [set],
        thumbnail: set?.url,
      })
      delete body.handle
      const created = await client.post("/seller/products", body, token)
      expect(created.status).toBe(201)
      const product = created.data.product as Product & {
        images: { url: string; webp?: unknown[] }[]
      }
      expect(product.handle).toBe("tao-meo-say-kho-dinh-may")
      // The seller reads the photo back with its renditions, to send it back unchanged.
      expect(product.images).toEqual([
        expect.objectContaining({ url: set?.url, webp: set?.webp }),
      ])

      const store = await storeGet(
        `/store/products?handle=${product.handle}&fields=+origin.*`
      )
      expect(store.status).toBe(200)
      const [shown] = store.data.products as {
        origin: { images: { url: string; webp: unknown[]; alt_vi: string }[] }
      }[]
      expect(shown?.origin.images).toEqual([
        expect.objectContaining({
          url: set?.url,
          webp: set?.webp,
          avif: set?.avif,
          alt_vi: "Táo mèo sấy khô Đỉnh Mây",
        }),
      ])

      // The same title again: the handle is taken, so the new one gets a short ending.
      const again = await client.post(
        "/seller/products",
        {
          ...body,
          variants: [{ ...(body.variants as object[])[0], sku: "DINH-2" }],
        },
        token
      )
      expect(again.status).toBe(201)
      expect((again.data.product as Product).handle).toMatch(
        /^tao-meo-say-kho-dinh-may-[0-9a-f]{6}$/
      )

      // Removing the photo takes the picture off the store too.
      const cleared = await client.post(
        `/seller/products/${product.id}`,
        { images: [] },
        token
      )
      expect(cleared.status).toBe(200)
      const after = await storeGet(
        `/store/products?handle=${product.handle}&fields=+origin.*`
      )
      expect(
        (after.data.products as { origin: { images: unknown[] } }[])[0]?.origin
          .images
      ).toEqual([])
    })

    it("answers 404 to every attempt on another cooperative's product and leaves it unchanged", async () => {
      const tokenA = await onboard("htx-nha-a")
      const tokenB = await onboard("htx-nha-b")
      const productB = await create(tokenB, "san-pham-b")
      const variantB = productB.variants[0]
      const targets = [
        productB.id,
        productIds["tao-meo-ocop"] ?? "",
        "prod_unknown",
      ]
      for (const id of targets) {
        const attempts: [string, () => Promise<Response>][] = [
          ["GET", () => client.get(`/seller/products/${id}`, tokenA)],
          [
            "POST",
            () =>
              client.post(
                `/seller/products/${id}`,
                {
                  title: "Chiếm",
                  variants: variantB
                    ? [{ id: variantB.id, stock: 0 }]
                    : undefined,
                },
                tokenA
              ),
          ],
          ["DELETE", () => client.delete(`/seller/products/${id}`, tokenA)],
        ]
        for (const [verb, attempt] of attempts) {
          const response = await attempt()
          expect([verb, id, response.status]).toEqual([verb, id, 404])
          expect(JSON.stringify(response.data)).not.toContain("Chiếm")
        }
      }
      // A's list shows none of B's products; a variant of B's product named in A's own update is
      // not found either.
      expect((await client.get("/seller/products", tokenA)).data.count).toBe(0)
      const own = await create(tokenA, "san-pham-a")
      const sneaky = await client.post(
        `/seller/products/${own.id}`,
        { variants: [{ id: variantB?.id, stock: 0 }] },
        tokenA
      )
      expect(sneaky.status).toBe(404)
      const moved = await client.post(
        `/seller/products/${own.id}`,
        { cooperative_id: "coop_other", origin: { commune_code: "04630" } },
        tokenA
      )
      expect(moved.status).toBe(400)
      expect(moved.data.message).toContain("Unknown fields")

      const unchanged = await client.get(
        `/seller/products/${productB.id}`,
        tokenB
      )
      expect(unchanged.status).toBe(200)
      expect(unchanged.data.product).toMatchObject({
        title: productB.title,
        variants: expect.arrayContaining([
          expect.objectContaining({ id: variantB?.id, inventory_quantity: 25 }),
        ]),
      })
    })

    it("refuses listings from a cooperative that is not approved yet", async () => {
      const token = await onboard("htx-doi-duyet", false)
      const refused = await client.post(
        "/seller/products",
        productBody("cho-duyet"),
        token
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toBe(
        "Your cooperative is not approved yet, so it cannot list products; you can add them once the operator approves it."
      )
      expect((await client.get("/seller/products", token)).data.count).toBe(0)
    })

    it("explains what is wrong with a bad body or query", async () => {
      const token = await onboard("htx-kiem-tra")
      const variant = (change: Record<string, unknown>) => ({
        variants: [
          {
            title: "Túi 500 g",
            prices: [{ amount: 120000, currency_code: "vnd" }],
            ...change,
          },
        ],
      })
      const cases: [Record<string, unknown>, string][] = [
        [{ title: undefined }, "title is required."],
        [
          variant({ prices: [{ amount: 0, currency_code: "vnd" }] }),
          "prices.amount must be from 1 to 100,000,000 đồng.",
        ],
        [
          variant({ prices: [{ amount: 12.5, currency_code: "vnd" }] }),
          "prices.amount must be a whole number đồng.",
        ],
        [
          variant({ prices: [{ amount: 1000, currency_code: "usd" }] }),
          'currency_code is "vnd"',
        ],
        [variant({ stock: 100001 }), "stock must be from 0 to 100,000."],
        [{ variants: [] }, "A product needs at least one variant"],
        [{ status: "proposed" }, 'status is "draft" or "published".'],
        [
          {
            images: Array.from({ length: 11 }, () => ({
              url: "https://cdn.example.vn/a.webp",
            })),
          },
          "at most 10 images",
        ],
        [
          { thumbnail: "javascript:alert(1)" },
          "thumbnail must be a web address",
        ],
        [{ origin: undefined }, "origin is required."],
        [
          {
            origin: {
              ...(productBody("x").origin as object),
              ethnic_group: "elf",
            },
          },
          "origin.ethnic_group is the code",
        ],
        [
          {
            origin: {
              ...(productBody("x").origin as object),
              harvest_months: [13],
            },
          },
          "origin.harvest_months must be from 1 to 12.",
        ],
        [{ cooperative_id: "coop_x" }, "Unknown field: cooperative_id."],
        [{ category_handle: "khong-co" }, 'There is no category "khong-co"'],
        [
          { options: [{ title: "Cỡ", values: ["Nhỏ"] }] },
          'must choose one of the values of option "Cỡ"',
        ],
      ]
      for (const [change, message] of cases) {
        const response = await client.post(
          "/seller/products",
          productBody("bad-body", change),
          token
        )
        expect([change, response.status]).toEqual([change, 400])
        expect(response.data.message).toContain(message)
      }
      for (const [url, message] of [
        ["/seller/products?limit=51", "limit must be from 1 to 50."],
        ["/seller/products?fields=*variants", "Unknown parameter: fields."],
        [
          "/seller/products/prod_1?fields=+cooperative.*",
          "Unknown parameter: fields.",
        ],
      ] as const) {
        const response = await client.get(url, token)
        expect([url, response.status]).toEqual([url, 400])
        expect(response.data.message).toContain(message)
      }
      expect((await client.get("/seller/products", token)).data.count).toBe(0)
    })
  },
})
