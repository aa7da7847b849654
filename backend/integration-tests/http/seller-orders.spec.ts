import {
  DEMO_PASSWORD,
  seedDemoOperator,
  seedDemoOrders,
  seedDemoSeller,
} from "@cho-phien/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import {
  type Api,
  applicationBody,
  type Response,
  sellerClient,
} from "../helpers/seller-fixtures"

jest.setTimeout(240 * 1000)

const quiet = { info: () => undefined }
const BUYER_EMAIL = "nguoi.mua.bi.mat@example.vn"
const BILLING_LINE = "Số 9 phố Hoá Đơn"
const DAY = 24 * 60 * 60 * 1000
/** The fixture products' prices, in đồng. */
const PRICES: Record<string, number> = {
  "tao-meo-ocop": 120000,
  "nep-tu-le": 220000,
  "dau-tay-moc-chau": 95000,
}

type Order = {
  id: string
  display_id: number
  created_at: string
  status: string
  payment_status: string
  fulfillment_status: string
  item_total: number
  total: number
  items: { product_id: string; quantity: number; total: number }[]
}

/** The month an instant falls in, in Vietnam's time (UTC+7), as the summary counts it. */
const vietnamMonth = (instant: number): string =>
  new Date(instant + 7 * 60 * 60 * 1000).toISOString().slice(0, 7)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let testNumber = 0
    const client = sellerClient(api as Api, () => `10.5.0.${testNumber}`)

    beforeEach(() => {
      testNumber += 1
    })

    type Shop = Awaited<ReturnType<typeof seedFixtureShop>>

    const variantOf = async (
      container: MedusaContainer,
      productId: string
    ): Promise<string> => {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { product_id: productId },
      })
      return (data[0] as { id: string }).id
    }

    /** An order as checkout will make it in issue 5: one cooperative's goods, linked to it. */
    const placeOrder = async (
      shop: Shop,
      cooperativeId: string,
      productHandle: string,
      quantity: number,
      createdAt?: Date
    ): Promise<string> => {
      const container = getContainer()
      const { result } = await createOrderWorkflow(container).run({
        input: {
          region_id: shop.regionId,
          sales_channel_id: shop.salesChannelId,
          email: BUYER_EMAIL,
          items: [
            {
              variant_id: await variantOf(
                container,
                shop.productIds[productHandle] ?? ""
              ),
              quantity,
              title: `Sản phẩm ${productHandle}`,
              unit_price: PRICES[productHandle] ?? 0,
            },
          ],
          shipping_address: {
            first_name: "Lò Thị",
            last_name: "Hoa",
            phone: "0987 654 321",
            address_1: "Số 12 ngõ 5 Hàng Mã",
            city: "Phường Hoàn Kiếm",
            province: "Thành phố Hà Nội",
            country_code: "vn",
            metadata: { commune_code: "00070" },
          },
          billing_address: {
            first_name: "Kế",
            last_name: "Toán",
            address_1: BILLING_LINE,
            city: "Hà Nội",
            country_code: "vn",
          },
        },
      })
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      await link.create({
        [Modules.ORDER]: { order_id: result.id },
        cooperative: { cooperative_id: cooperativeId },
      })
      if (createdAt) {
        const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
        await db.raw(`update "order" set created_at = ? where id = ?`, [
          createdAt,
          result.id,
        ])
      }
      return result.id
    }

    /** Packs the whole order and, optionally, ships or delivers it. */
    const fulfil = async (
      shop: Shop,
      orderId: string,
      stage: "shipped" | "delivered"
    ): Promise<void> => {
      const container = getContainer()
      const orders = container.resolve(Modules.ORDER)
      const order = await orders.retrieveOrder(orderId, {
        relations: ["items"],
      })
      const items = order.items ?? []
      const now = new Date()
      const fulfillment = await container
        .resolve(Modules.FULFILLMENT)
        .createFulfillment({
          location_id: shop.stockLocationId,
          provider_id: "manual_manual",
          delivery_address: { address_1: "Số 12 ngõ 5 Hàng Mã" },
          items: items.map((item) => ({
            title: item.title,
            sku: "",
            barcode: "",
            quantity: Number(item.quantity),
            line_item_id: item.id,
          })),
          labels: [],
          order: {},
          packed_at: now,
          shipped_at: now,
          delivered_at: stage === "delivered" ? now : null,
        })
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [Modules.ORDER]: { order_id: orderId },
        [Modules.FULFILLMENT]: { fulfillment_id: fulfillment.id },
      })
      await orders.registerFulfillment({
        order_id: orderId,
        items: items.map((item) => ({
          id: item.id,
          quantity: Number(item.quantity),
        })),
      })
    }

    const demoSellerToken = async (): Promise<string> => {
      const response = (await api
        .post(
          "/auth/seller/emailpass",
          { email: "seller@chophien.local", password: DEMO_PASSWORD },
          client.headers()
        )
        .catch((error: { response: Response }) => error.response)) as Response
      expect(response.status).toBe(200)
      return response.data.token as string
    }

    const onboard = async (
      handle: string
    ): Promise<{ token: string; cooperativeId: string }> => {
      const email = `${handle}@seller.example.vn`
      const registration = await client.register(email)
      const applied = await client.post(
        "/seller/cooperatives",
        applicationBody(handle),
        registration
      )
      expect(applied.status).toBe(201)
      const cooperativeId = (applied.data.cooperative as { id: string }).id
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
      return { token: await client.signIn(email), cooperativeId }
    }

    describe("a cooperative's orders", () => {
      let shop: Shop
      let tramTau: string
      let other: { token: string; cooperativeId: string }
      const ids: Record<string, string> = {}
      const twoMonthsAgo = new Date(Date.now() - 62 * DAY)

      beforeEach(async () => {
        const container = getContainer()
        shop = await seedFixtureShop(container)
        await seedDemoOperator(container, { logger: quiet })
        await seedDemoSeller(container, {
          logger: quiet,
          cooperativeHandle: "htx-tram-tau",
        })
        tramTau = await demoSellerToken()
        other = await onboard("htx-don-khac")
        const mine = shop.cooperativeIds["htx-tram-tau"] ?? ""
        ids.old = await placeOrder(shop, mine, "tao-meo-ocop", 1, twoMonthsAgo)
        ids.toPack = await placeOrder(shop, mine, "tao-meo-ocop", 2)
        ids.shipped = await placeOrder(shop, mine, "nep-tu-le", 1)
        ids.canceled = await placeOrder(shop, mine, "nep-tu-le", 3)
        ids.others = await placeOrder(
          shop,
          other.cooperativeId,
          "dau-tay-moc-chau",
          1
        )
        await fulfil(shop, ids.old, "delivered")
        await fulfil(shop, ids.shipped, "shipped")
        await getContainer().resolve(Modules.ORDER).cancel(ids.canceled)
      })

      it("lists only the cooperative's orders, newest first, with what to pack and where it goes but not the buyer's e-mail", async () => {
        const response = await client.get("/seller/orders", tramTau)
        expect(response.status).toBe(200)
        expect(response.data).toMatchObject({ count: 4, offset: 0, limit: 20 })
        const orders = response.data.orders as Order[]
        expect(orders.map((order) => order.id)).toEqual([
          ids.canceled,
          ids.shipped,
          ids.toPack,
          ids.old,
        ])
        expect(JSON.stringify(response.data)).not.toContain(BUYER_EMAIL)

        const detail = await client.get(`/seller/orders/${ids.toPack}`, tramTau)
        expect(detail.status).toBe(200)
        const order = detail.data.order as Record<string, unknown>
        expect(order).toEqual({
          id: ids.toPack,
          display_id: expect.any(Number),
          created_at: expect.any(String),
          status: "pending",
          payment_status: "not_paid",
          fulfillment_status: "not_fulfilled",
          seller_status: "to_pack",
          currency_code: "vnd",
          item_total: 240000,
          shipping_total: 0,
          total: 240000,
          // Made without checkout: no payment yet, so no cash to collect.
          payment_method: null,
          cod_amount: 0,
          items: [
            {
              id: expect.any(String),
              title: "Sản phẩm tao-meo-ocop",
              product_id: shop.productIds["tao-meo-ocop"],
              variant_title: "Túi 500 g",
              quantity: 2,
              unit_price: 120000,
              total: 240000,
              thumbnail: null,
            },
          ],
          shipping_address: {
            first_name: "Lò Thị",
            last_name: "Hoa",
            phone: "0987 654 321",
            address_1: "Số 12 ngõ 5 Hàng Mã",
            city: "Phường Hoàn Kiếm",
            province: "Thành phố Hà Nội",
            commune_code: "00070",
          },
          // Made without checkout: no courier chosen, so none to hand it to yet; the box is
          // worked out from the products (two 550 g bags of 20 × 15 × 8 cm, stacked).
          shipping: null,
          parcel: {
            weight_g: 1100,
            length_cm: 20,
            width_cm: 15,
            height_cm: 16,
          },
          shipment: null,
        })
        const text = JSON.stringify(detail.data)
        expect(text).not.toContain(BUYER_EMAIL)
        expect(text).not.toContain(BILLING_LINE)
        expect(text).not.toContain("cus_")
      })

      it("filters by the seller's status and pages", async () => {
        const only = async (status: string): Promise<string[]> => {
          const response = await client.get(
            `/seller/orders?status=${status}`,
            tramTau
          )
          expect(response.status).toBe(200)
          return (response.data.orders as Order[]).map((order) => order.id)
        }
        expect(await only("to_pack")).toEqual([ids.toPack])
        expect(await only("shipped")).toEqual([ids.shipped])
        expect(await only("delivered")).toEqual([ids.old])
        expect(await only("canceled")).toEqual([ids.canceled])

        const page = await client.get(
          "/seller/orders?limit=2&offset=1",
          tramTau
        )
        expect(page.data).toMatchObject({ count: 4, offset: 1, limit: 2 })
        expect((page.data.orders as Order[]).map((order) => order.id)).toEqual([
          ids.shipped,
          ids.toPack,
        ])

        const delivered = await client.get(`/seller/orders/${ids.old}`, tramTau)
        expect(delivered.data.order).toMatchObject({
          fulfillment_status: "delivered",
          seller_status: "delivered",
        })

        for (const [query, message] of [
          ["limit=51", "limit must be from 1 to 50."],
          ["limit=0", "limit must be from 1 to 50."],
          [
            "status=lost",
            "status is one of to_pack, shipped, delivered, canceled, or left out for every order.",
          ],
          ["fields=email", "Unknown parameter: fields."],
        ]) {
          const refused = await client.get(`/seller/orders?${query}`, tramTau)
          expect(refused.status).toBe(400)
          expect(refused.data.message).toBe(message)
        }
      })

      it("sums the last 12 months' sales, the top products and the orders to pack", async () => {
        const response = await client.get("/seller/sales-summary", tramTau)
        expect(response.status).toBe(200)
        const summary = response.data.summary as {
          revenue_by_month: { month: string; revenue: number; orders: number }[]
          top_products: unknown[]
          to_pack: number
          currency_code: string
        }
        expect(summary.revenue_by_month).toHaveLength(12)
        const thisMonth = vietnamMonth(Date.now())
        const oldMonth = vietnamMonth(twoMonthsAgo.getTime())
        expect(summary.revenue_by_month.at(-1)).toEqual({
          month: thisMonth,
          revenue: 240000 + 220000,
          orders: 2,
        })
        expect(
          summary.revenue_by_month.find((m) => m.month === oldMonth)
        ).toEqual({ month: oldMonth, revenue: 120000, orders: 1 })
        expect(
          summary.revenue_by_month
            .filter((m) => m.month !== thisMonth && m.month !== oldMonth)
            .every((m) => m.revenue === 0 && m.orders === 0)
        ).toBe(true)
        expect(summary.top_products).toEqual([
          {
            product_id: shop.productIds["tao-meo-ocop"],
            title: "Sản phẩm tao-meo-ocop",
            quantity: 3,
            revenue: 360000,
          },
          {
            product_id: shop.productIds["nep-tu-le"],
            title: "Sản phẩm nep-tu-le",
            quantity: 1,
            revenue: 220000,
          },
        ])
        expect(summary).toMatchObject({ to_pack: 1, currency_code: "vnd" })

        const others = await client.get("/seller/sales-summary", other.token)
        expect(others.data.summary).toMatchObject({
          to_pack: 1,
          top_products: [
            {
              product_id: shop.productIds["dau-tay-moc-chau"],
              quantity: 1,
              revenue: 95000,
            },
          ],
        })
      })

      it("hides another cooperative's orders: 404, and nothing in the list", async () => {
        const stranger = await client.get(
          `/seller/orders/${ids.others}`,
          tramTau
        )
        expect(stranger.status).toBe(404)
        expect(stranger.data.message).toBe(
          `There is no order with id ${ids.others}.`
        )
        const back = await client.get(
          `/seller/orders/${ids.toPack}`,
          other.token
        )
        expect(back.status).toBe(404)
        const list = await client.get("/seller/orders", other.token)
        expect((list.data.orders as Order[]).map((order) => order.id)).toEqual([
          ids.others,
        ])
        const anonymous = await client.get("/seller/orders")
        expect(anonymous.status).toBe(401)
      })
    })

    describe("the demo orders", () => {
      it("give the demo seller's cooperative orders in every state, once", async () => {
        const container = getContainer()
        await seedFixtureShop(container)
        await seedDemoSeller(container, {
          logger: quiet,
          cooperativeHandle: "htx-tram-tau",
        })
        const options = { logger: quiet, cooperativeHandle: "htx-tram-tau" }
        const first = await seedDemoOrders(container, options)
        expect(first?.order_ids).toHaveLength(6)
        const again = await seedDemoOrders(container, options)
        expect([...(again?.order_ids ?? [])].sort()).toEqual(
          [...(first?.order_ids ?? [])].sort()
        )

        const token = await demoSellerToken()
        const counts: Record<string, number> = {}
        for (const status of ["to_pack", "shipped", "delivered", "canceled"]) {
          const response = await client.get(
            `/seller/orders?status=${status}`,
            token
          )
          counts[status] = response.data.count as number
        }
        expect(counts).toEqual({
          to_pack: 2,
          shipped: 1,
          delivered: 2,
          canceled: 1,
        })
        // Placed through the checkout: each can go to the courier, and those on their way
        // carry the courier's story.
        const toPack = (
          await client.get("/seller/orders?status=to_pack", token)
        ).data.orders as { id: string }[]
        const packing = (
          await client.get(`/seller/orders/${toPack[0]?.id}`, token)
        ).data.order as {
          payment_method: string
          shipping: { courier: string } | null
          shipment: unknown
        }
        expect(packing).toMatchObject({
          payment_method: "cod",
          shipping: { courier: "vnpost-table" },
          shipment: null,
        })
        const [onTheWay] = (
          await client.get("/seller/orders?status=shipped", token)
        ).data.orders as { id: string }[]
        const timeline = (
          await client.get(
            `/seller/orders/${onTheWay?.id}/shipment-events`,
            token
          )
        ).data.events as { status: string }[]
        expect(timeline.map((event) => event.status)).toEqual([
          "picked_up",
          "in_transit",
        ])
        const delivered = (
          await client.get("/seller/orders?status=delivered", token)
        ).data.orders as { payment_status: string }[]
        expect(delivered.map((order) => order.payment_status)).toEqual([
          "captured",
          "captured",
        ])

        const [order] = (await client.get("/seller/orders?limit=1", token)).data
          .orders as Order[]
        expect(JSON.stringify(order)).not.toContain("@example.vn")
        const summary = (await client.get("/seller/sales-summary", token)).data
          .summary as {
          to_pack: number
          revenue_by_month: { revenue: number }[]
        }
        expect(summary.to_pack).toBe(2)
        expect(
          summary.revenue_by_month.filter((month) => month.revenue > 0).length
        ).toBeGreaterThanOrEqual(2)
      })
    })
  },
})
