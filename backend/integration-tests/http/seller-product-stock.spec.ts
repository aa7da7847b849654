import { approveCooperativeWorkflow } from "@cho-phien/cooperative-seller/workflows"
import { seedDemoOperator } from "@cho-phien/seed"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import {
  type Api,
  applicationBody,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(240 * 1000)

const quiet = { info: () => undefined }

type Product = {
  id: string
  variants: { id: string; title: string; inventory_quantity: number | null }[]
}

const productBody = (handle: string) => ({
  title: `Măng khô ${handle}`,
  handle,
  status: "published",
  variants: [
    {
      title: "Túi 500 g",
      prices: [{ amount: 90000, currency_code: "vnd" }],
      stock: 8,
    },
    {
      title: "Túi 1 kg",
      prices: [{ amount: 170000, currency_code: "vnd" }],
      stock: 3,
    },
  ],
  origin: {
    commune_code: "04630",
    ethnic_group: "thai",
    harvest_months: [3, 4],
    story_vi: "Măng rừng phơi trên gác bếp.",
    story_en: "Forest bamboo shoots dried above the hearth.",
  },
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.6.0.${testNumber}`)

    beforeEach(async () => {
      testNumber += 1
      await seedFixtureShop(getContainer())
      await seedDemoOperator(getContainer(), { logger: quiet })
    })

    const apply = async (handle: string) => {
      const email = `${handle}@seller.example.vn`
      const registration = await client.register(email)
      const applied = await client.post(
        "/seller/cooperatives",
        applicationBody(handle),
        registration
      )
      expect(applied.status).toBe(201)
      return {
        email,
        cooperativeId: (applied.data.cooperative as { id: string }).id,
      }
    }

    const locationsOf = async (cooperativeId: string) => {
      const query = getContainer().resolve("query") as {
        graph: (q: object) => Promise<{ data: Record<string, unknown>[] }>
      }
      const { data } = await query.graph({
        entity: "cooperative",
        fields: ["stock_location.id", "stock_location.name"],
        filters: { id: cooperativeId },
      })
      return data[0]?.stock_location as { id: string; name: string } | null
    }

    const onboard = async (handle: string) => {
      const { email, cooperativeId } = await apply(handle)
      const operator = await client.signInOperator()
      expect(
        (
          await client.post(
            `/admin/cooperatives/${cooperativeId}/approve`,
            {},
            operator
          )
        ).status
      ).toBe(200)
      return { token: await client.signIn(email), cooperativeId, operator }
    }

    it("sets stock from the portal's stock editor at the cooperative's own location", async () => {
      const { token } = await onboard("htx-mang-kho")
      const created = await client.post(
        "/seller/products",
        productBody("mang-kho"),
        token
      )
      expect(created.status).toBe(201)
      const product = created.data.product as Product
      const [small, large] = product.variants

      const response = await client.post(
        `/seller/products/${product.id}/stock`,
        { variants: [{ id: small?.id, stock: 0 }] },
        token
      )
      expect(response.status).toBe(200)
      expect(
        Object.fromEntries(
          (response.data.product as Product).variants.map((v) => [
            v.title,
            v.inventory_quantity,
          ])
        )
      ).toEqual({ "Túi 500 g": 0, "Túi 1 kg": 3 })

      for (const [body, message] of [
        [{ variants: [] }, "List at least one variant with its new stock."],
        [
          { variants: [{ id: large?.id, stock: 100001 }] },
          "stock must be from 0 to 100,000.",
        ],
        [
          { variants: [{ id: large?.id, stock: 1.5 }] },
          "stock must be a whole number.",
        ],
        [{ variants: [{ id: large?.id }] }, "stock is required."],
        [
          { variants: [{ id: large?.id, stock: 1, prices: [] }] },
          "Unknown field in variants.0: prices.",
        ],
        [
          {
            variants: [
              { id: large?.id, stock: 1 },
              { id: large?.id, stock: 2 },
            ],
          },
          "Each variant may be listed once per request.",
        ],
      ] as const) {
        const refused = await client.post(
          `/seller/products/${product.id}/stock`,
          body,
          token
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toBe(message)
      }
    })

    it("keeps another cooperative's products and variants out of reach: 404", async () => {
      const owner = await onboard("htx-chu")
      const stranger = await onboard("htx-la")
      const product = (
        await client.post(
          "/seller/products",
          productBody("mang-chu"),
          owner.token
        )
      ).data.product as Product
      const variantId = product.variants[0]?.id
      const theirs = await client.post(
        `/seller/products/${product.id}/stock`,
        { variants: [{ id: variantId, stock: 99 }] },
        stranger.token
      )
      expect(theirs.status).toBe(404)

      const own = (
        await client.post(
          "/seller/products",
          productBody("mang-la"),
          stranger.token
        )
      ).data.product as Product
      const smuggled = await client.post(
        `/seller/products/${own.id}/stock`,
        { variants: [{ id: variantId, stock: 99 }] },
        stranger.token
      )
      expect(smuggled.status).toBe(404)
      const after = await client.get(
        `/seller/products/${product.id}`,
        owner.token
      )
      expect(
        (after.data.product as Product).variants.map(
          (v) => v.inventory_quantity
        )
      ).toEqual([8, 3])
    })

    it("gives an approved cooperative its own stock location once, and keeps it through suspension", async () => {
      const { cooperativeId, operator } = await onboard("htx-kho-rieng")
      const location = await locationsOf(cooperativeId)
      expect(location).toMatchObject({ name: "HTX htx-kho-rieng" })

      const suspended = await client.post(
        `/admin/cooperatives/${cooperativeId}/suspend`,
        { reason: "Kiểm tra hồ sơ." },
        operator
      )
      expect(suspended.status).toBe(200)
      const again = await client.post(
        `/admin/cooperatives/${cooperativeId}/approve`,
        {},
        operator
      )
      expect(again.status).toBe(200)
      expect(await locationsOf(cooperativeId)).toEqual(location)
      const locations = await getContainer()
        .resolve(Modules.STOCK_LOCATION)
        .listStockLocations({ name: "HTX htx-kho-rieng" })
      expect(locations).toHaveLength(1)
    })

    it("deletes the new stock location again when the approval fails later", async () => {
      const { cooperativeId } = await apply("htx-duyet-loi")
      const notifications = getContainer().resolve<INotificationModuleService>(
        Modules.NOTIFICATION
      )
      jest
        .spyOn(notifications, "createNotifications")
        .mockRejectedValue(new Error("The mail server is down."))
      const { errors } = await approveCooperativeWorkflow(getContainer()).run({
        input: { id: cooperativeId },
        throwOnError: false,
      })
      jest.restoreAllMocks()
      expect(errors[0]?.error.message).toContain("The mail server is down.")
      expect(await locationsOf(cooperativeId)).toBeFalsy()
      expect(
        await getContainer()
          .resolve(Modules.STOCK_LOCATION)
          .listStockLocations({ name: "HTX htx-duyet-loi" })
      ).toEqual([])
    })
  },
})
