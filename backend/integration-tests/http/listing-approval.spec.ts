import { seedDemoOperator } from "@cho-phien/seed"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import {
  type Api,
  applicationBody,
  type Response,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(180 * 1000)

const quiet = { info: () => undefined }

type Product = { id: string; title: string; status: string }

const productBody = (
  handle: string,
  status: "draft" | "published" = "published"
): Record<string, unknown> => ({
  title: `Miến dong ${handle}`,
  handle,
  status,
  variants: [
    {
      title: "Gói 500 g",
      prices: [{ amount: 65000, currency_code: "vnd" }],
      stock: 10,
    },
  ],
  origin: {
    commune_code: "04606",
    ethnic_group: "mong",
    harvest_months: [11, 12],
    story_vi: "Miến làm từ củ dong riềng.",
    story_en: "Noodles made from canna roots.",
  },
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let testNumber = 0
    let storeHeaders: { headers: Record<string, string> }
    let operator: string
    const client = sellerClient(api as Api, () => `10.6.0.${testNumber}`)

    beforeEach(async () => {
      testNumber += 1
      const seeded = await seedFixtureShop(getContainer())
      await seedDemoOperator(getContainer(), { logger: quiet })
      storeHeaders = {
        headers: { "x-publishable-api-key": seeded.publishableKey },
      }
      operator = await client.signInOperator()
    })

    const storeStatus = async (productId: string): Promise<number> =>
      (
        await api
          .get(`/store/products/${productId}`, storeHeaders)
          .catch((error: { response: Response }) => error.response)
      ).status

    /** An approved cooperative's owner: their token and the cooperative's id. */
    const onboard = async (
      handle: string
    ): Promise<{ token: string; id: string }> => {
      const email = `${handle}@seller.example.vn`
      const registration = await client.register(email)
      const applied = await client.post(
        "/seller/cooperatives",
        applicationBody(handle),
        registration
      )
      const id = (applied.data.cooperative as { id: string }).id
      expect(
        (await client.post(`/admin/cooperatives/${id}/approve`, {}, operator))
          .status
      ).toBe(200)
      return { token: await client.signIn(email), id }
    }

    const setApproval = async (on: boolean): Promise<Response> =>
      client.post(
        "/admin/marketplace-settings",
        { listings_need_approval: on },
        operator
      )

    const create = async (
      token: string,
      handle: string,
      status: "draft" | "published" = "published"
    ): Promise<Product> => {
      const created = await client.post(
        "/seller/products",
        productBody(handle, status),
        token
      )
      expect(created.status).toBe(201)
      return created.data.product as Product
    }

    it("is off by default: a seller's product is published straight away", async () => {
      const settings = await client.get("/admin/marketplace-settings", operator)
      expect(settings.status).toBe(200)
      expect(settings.data).toEqual({
        settings: { listings_need_approval: false },
      })
      const { token } = await onboard("htx-duyet-a")
      const product = await create(token, "mien-dong-a")
      expect(product.status).toBe("published")
      expect(await storeStatus(product.id)).toBe(200)
    })

    it("when on, a publish request waits as proposed until the operator publishes it", async () => {
      const { token, id } = await onboard("htx-duyet-b")
      const on = await setApproval(true)
      expect(on.status).toBe(200)
      expect(on.data).toEqual({ settings: { listings_need_approval: true } })
      expect(
        (await client.get("/admin/marketplace-settings", operator)).data
      ).toEqual({ settings: { listings_need_approval: true } })

      const proposed = await create(token, "mien-dong-b")
      expect(proposed.status).toBe("proposed")
      expect(await storeStatus(proposed.id)).toBe(404)
      expect(
        (
          (await client.get(`/seller/products/${proposed.id}`, token)).data
            .product as Product
        ).status
      ).toBe("proposed")

      // A draft asked to be published later is proposed too, and asking again changes nothing.
      const draft = await create(token, "mien-dong-b-nhap", "draft")
      expect(draft.status).toBe("draft")
      const asked = await client.post(
        `/seller/products/${draft.id}`,
        { status: "published" },
        token
      )
      expect((asked.data.product as Product).status).toBe("proposed")
      const again = await client.post(
        `/seller/products/${draft.id}`,
        { title: "Miến dong loại 1", status: "published" },
        token
      )
      expect(again.data.product as Product).toMatchObject({
        title: "Miến dong loại 1",
        status: "proposed",
      })

      const waiting = await client.get(
        `/admin/cooperatives/${id}/listings?status=proposed`,
        operator
      )
      expect(waiting.status).toBe(200)
      expect(
        (waiting.data.listings as Product[]).map((l) => l.id).sort()
      ).toEqual([proposed.id, draft.id].sort())

      const published = await client.post(
        `/admin/cooperatives/${id}/listings/${proposed.id}/publish`,
        {},
        operator
      )
      expect(published.status).toBe(200)
      expect(published.data.product).toMatchObject({
        id: proposed.id,
        status: "published",
      })
      expect(await storeStatus(proposed.id)).toBe(200)
      expect(
        (
          (await client.get(`/seller/products/${proposed.id}`, token)).data
            .product as Product
        ).status
      ).toBe("published")

      // Once published, the seller's later edits keep it published.
      const edited = await client.post(
        `/seller/products/${proposed.id}`,
        { title: "Miến dong Côn Minh", status: "published" },
        token
      )
      expect((edited.data.product as Product).status).toBe("published")
      expect(await storeStatus(proposed.id)).toBe(200)

      // Publishing twice, or a product that is not proposed, is refused with a sentence.
      const twice = await client.post(
        `/admin/cooperatives/${id}/listings/${proposed.id}/publish`,
        {},
        operator
      )
      expect(twice.status).toBe(400)
      expect(twice.data.message).toBe(
        "This product is published, not waiting for approval; only a proposed listing can be published here."
      )

      // Turning the setting off publishes nothing by itself.
      expect((await setApproval(false)).data).toEqual({
        settings: { listings_need_approval: false },
      })
      expect(
        (
          (await client.get(`/seller/products/${draft.id}`, token)).data
            .product as Product
        ).status
      ).toBe("proposed")
      const direct = await create(token, "mien-dong-b-sau")
      expect(direct.status).toBe("published")
    })

    it("the publish route finds only the cooperative's own products", async () => {
      await setApproval(true)
      const a = await onboard("htx-duyet-c")
      const b = await onboard("htx-duyet-d")
      const bProduct = await create(b.token, "mien-dong-d")
      const foreign = await client.post(
        `/admin/cooperatives/${a.id}/listings/${bProduct.id}/publish`,
        {},
        operator
      )
      expect(foreign.status).toBe(404)
      expect(
        (
          await client.post(
            `/admin/cooperatives/${a.id}/listings/prod_nope/publish`,
            {},
            operator
          )
        ).status
      ).toBe(404)
      expect(
        (
          await client.get(
            `/admin/cooperatives/${a.id}/listings?status=proposed`,
            operator
          )
        ).data.listings
      ).toEqual([])
      expect(await storeStatus(bProduct.id)).toBe(404)
    })

    it("only the operator reads or changes the setting, with a strict body", async () => {
      const { token, id } = await onboard("htx-duyet-e")
      expect(
        (await client.get("/admin/marketplace-settings", token)).status
      ).toBe(401)
      expect(
        (
          await client.post(
            "/admin/marketplace-settings",
            { listings_need_approval: true },
            token
          )
        ).status
      ).toBe(401)
      expect(
        (
          await client.post(
            `/admin/cooperatives/${id}/listings/prod_x/publish`,
            {},
            token
          )
        ).status
      ).toBe(401)
      for (const [body, message] of [
        [{}, "listings_need_approval is required: true or false."],
        [
          { listings_need_approval: "yes" },
          "listings_need_approval must be true or false.",
        ],
        [{ listings_need_approval: true, other: 1 }, "Unknown field: other."],
      ] as const) {
        const refused = await client.post(
          "/admin/marketplace-settings",
          body,
          operator
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(message)
      }
      expect(
        (await client.get("/admin/marketplace-settings", operator)).data
      ).toEqual({ settings: { listings_need_approval: false } })
    })
  },
})
