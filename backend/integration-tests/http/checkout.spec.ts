import { quoteTable } from "@cho-phien/couriers-vn/lib/tariff"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import {
  DEMO_PASSWORD,
  DEMO_SELLER_EMAIL,
  seedDemoSeller,
} from "@cho-phien/seed"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import {
  type Api,
  HANOI_ADDRESS,
  type Response,
} from "../helpers/checkout-fixtures"

jest.setTimeout(300 * 1000)

type ShippingOption = {
  id: string
  name: string
  provider_id: string
  cooperative_id: string
  cooperative: { id: string; name: string; handle: string }
  service: string
  amount: number | null
  delivery_days: { min: number; max: number } | null
  insufficient_inventory: boolean
}

type CheckoutOrder = {
  id: string
  display_id: number
  cooperative: { id: string; handle: string } | null
  items: {
    title: string
    quantity: number
    unit_price: number
    total: number
  }[]
  shipping_method: { name: string; amount: number } | null
  item_total: number
  shipping_total: number
  total: number
  cod_amount: number
}

type Checkout = {
  id: string
  status: string
  total: number
  item_total: number
  shipping_total: number
  cod_total: number
  orders: CheckoutOrder[]
}

/** Where the fixture cooperatives ship from (their 2025 communes). */
const ORIGINS: Record<string, { province_code: string; commune_name: string }> =
  {
    "htx-tram-tau": { province_code: "15", commune_name: "Xã Trạm Tấu" },
    "htx-moc-chau": { province_code: "14", commune_name: "Phường Mộc Châu" },
  }

const quiet = { info: () => undefined }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let headers: { headers: Record<string, string> }
    let regionId: string
    let shop: Awaited<ReturnType<typeof seedFixtureShop>>

    const variantOf = async (container: MedusaContainer, handle: string) => {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.id"],
        filters: { handle },
      })
      return (data[0] as { variants: { id: string }[] }).variants[0]
        ?.id as string
    }

    const setStock = async (handle: string, quantity: number) => {
      const container = getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.inventory_items.inventory.location_levels.*"],
        filters: { handle },
      })
      const level = (
        data[0] as {
          variants: {
            inventory_items: {
              inventory: {
                location_levels: {
                  id: string
                  inventory_item_id: string
                  location_id: string
                }[]
              }
            }[]
          }[]
        }
      ).variants[0]?.inventory_items[0]?.inventory.location_levels[0]
      if (!level) {
        throw new Error(`No stock level for ${handle}`)
      }
      await container.resolve(Modules.INVENTORY).updateInventoryLevels([
        {
          inventory_item_id: level.inventory_item_id,
          location_id: level.location_id,
          stocked_quantity: quantity,
        },
      ])
    }

    const fillCart = async (lines: [string, number][]) => {
      const container = getContainer()
      const { data } = await api.post<{ cart: { id: string } }>(
        "/store/carts",
        {
          region_id: regionId,
          email: "lan@example.vn",
          shipping_address: HANOI_ADDRESS,
        },
        headers
      )
      for (const [handle, quantity] of lines) {
        await api.post(
          `/store/carts/${data.cart.id}/line-items`,
          { variant_id: await variantOf(container, handle), quantity },
          headers
        )
      }
      return data.cart.id
    }

    const options = async (cartId: string) =>
      (
        await api.get<{ shipping_options: ShippingOption[] }>(
          `/store/shipping-options?cart_id=${cartId}`,
          headers
        )
      ).data.shipping_options

    /** Picks the standard VNPost option of every cooperative in the cart. */
    const chooseStandardDelivery = async (cartId: string) => {
      const listed = await options(cartId)
      for (const option of listed.filter(
        (o) =>
          o.service === "standard" &&
          o.provider_id === "vnpost-table_vnpost-table"
      )) {
        await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: option.id },
          headers
        )
      }
      return listed
    }

    const checkout = (
      cartId: string,
      body: object = { payment_provider_id: "pp_cod_cod" }
    ) =>
      api
        .post<{ checkout: Checkout }>(
          `/store/carts/${cartId}/checkout`,
          body,
          headers
        )
        .catch(
          (error: { response: Response<{ type?: string; message: string }> }) =>
            error.response
        )

    beforeAll(async () => {
      const container = getContainer()
      shop = await seedFixtureShop(container)
      headers = { headers: { "x-publishable-api-key": shop.publishableKey } }
      regionId = shop.regionId
      void quiet
    })

    it("lists each cooperative's courier options for its own parcel, priced by the table tariff", async () => {
      const cartId = await fillCart([
        ["tao-meo-ocop", 2],
        ["dau-tay-moc-chau", 1],
      ])
      const listed = await options(cartId)
      const byCooperative = new Map<string, ShippingOption[]>()
      for (const option of listed) {
        byCooperative.set(option.cooperative.handle, [
          ...(byCooperative.get(option.cooperative.handle) ?? []),
          option,
        ])
      }
      expect([...byCooperative.keys()].sort()).toEqual([
        "htx-moc-chau",
        "htx-tram-tau",
      ])
      expect(
        byCooperative
          .get("htx-tram-tau")
          ?.map((o) => o.service)
          .sort()
      ).toEqual(["express", "standard"])
      // Two 550 g bags of táo mèo (20 × 15 × 8 cm each) from Trạm Tấu to a Hà Nội ward, COD.
      const tramTau = byCooperative
        .get("htx-tram-tau")
        ?.find((o) => o.service === "standard")
      const expected = quoteTable({
        service: "standard",
        from: ORIGINS["htx-tram-tau"] as {
          province_code: string
          commune_name: string
        },
        to: { province_code: "01", commune_name: "Phường Ba Đình" },
        parcel: { weight_g: 1100, length_cm: 20, width_cm: 15, height_cm: 16 },
        declared_value: 240000,
        cod_amount: 240000,
      })
      expect(tramTau?.amount).toBe(expected.amount)
      expect(tramTau?.cooperative_id).toBe(shop.cooperativeIds["htx-tram-tau"])
      expect(tramTau?.delivery_days).toEqual(expected.delivery_days)
      for (const option of listed) {
        expect(option.amount).toBeGreaterThan(0)
        expect(option.insufficient_inventory).toBe(false)
      }
    })

    it("checks a cart from two cooperatives out into two orders with their own fees, COD amounts and totals, and again returns the same", async () => {
      const cartId = await fillCart([
        ["tao-meo-ocop", 2],
        ["nep-tu-le", 1],
        ["dau-tay-moc-chau", 1],
      ])
      const listed = await chooseStandardDelivery(cartId)
      const fee = (handle: string) =>
        listed.find(
          (o) => o.cooperative.handle === handle && o.service === "standard"
        )?.amount ?? -1

      const first = await checkout(cartId)
      expect(first.status).toBe(200)
      const placed = (first.data as { checkout: Checkout }).checkout
      expect(placed.status).toBe("completed")
      expect(placed.orders).toHaveLength(2)
      const tramTau = placed.orders.find(
        (o) => o.cooperative?.handle === "htx-tram-tau"
      )
      const mocChau = placed.orders.find(
        (o) => o.cooperative?.handle === "htx-moc-chau"
      )
      expect(
        tramTau?.items.map((i) => [i.quantity, i.unit_price]).sort()
      ).toEqual([
        [1, 220000],
        [2, 120000],
      ])
      expect(tramTau?.item_total).toBe(460000)
      expect(tramTau?.shipping_total).toBe(fee("htx-tram-tau"))
      expect(tramTau?.total).toBe(460000 + fee("htx-tram-tau"))
      expect(tramTau?.cod_amount).toBe(tramTau?.total)
      expect(mocChau?.item_total).toBe(95000)
      expect(mocChau?.total).toBe(95000 + fee("htx-moc-chau"))
      expect(placed.total).toBe(
        555000 + fee("htx-tram-tau") + fee("htx-moc-chau")
      )
      expect(placed.cod_total).toBe(placed.total)

      // Each order belongs to its cooperative, with an authorised COD payment.
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data: orders } = await query.graph({
        entity: "order",
        fields: [
          "id",
          "cooperative.handle",
          "payment_collections.payments.provider_id",
          "payment_collections.status",
        ],
        filters: { id: placed.orders.map((o) => o.id) },
      })
      for (const order of orders as {
        cooperative: { handle: string }
        payment_collections: {
          status: string
          payments: { provider_id: string }[]
        }[]
      }[]) {
        expect(["htx-tram-tau", "htx-moc-chau"]).toContain(
          order.cooperative.handle
        )
        expect(order.payment_collections[0]?.status).toBe("authorized")
        expect(order.payment_collections[0]?.payments[0]?.provider_id).toBe(
          "pp_cod_cod"
        )
      }

      const again = await checkout(cartId)
      expect(again.status).toBe(200)
      expect((again.data as { checkout: Checkout }).checkout.id).toBe(placed.id)
      expect(
        (again.data as { checkout: Checkout }).checkout.orders.map((o) => o.id)
      ).toEqual(placed.orders.map((o) => o.id))

      const read = await api.get<{ checkout: Checkout }>(
        `/store/checkouts/${placed.id}`,
        headers
      )
      expect(read.data.checkout.total).toBe(placed.total)
    })

    it("refuses Medusa's plain completion, a missing delivery choice and an unknown payment method", async () => {
      const cartId = await fillCart([
        ["tao-meo-ocop", 1],
        ["dau-tay-moc-chau", 1],
      ])
      const plain = await api
        .post(`/store/carts/${cartId}/complete`, {}, headers)
        .catch(
          (error: { response: Response<{ message: string }> }) => error.response
        )
      expect(plain.status).toBe(400)
      expect((plain.data as { message: string }).message).toContain(
        "/store/carts/:id/checkout"
      )

      const listed = await options(cartId)
      const one = listed.find((o) => o.cooperative.handle === "htx-tram-tau")
      await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: one?.id },
        headers
      )
      const missing = await checkout(cartId)
      expect(missing.status).toBe(400)
      expect((missing.data as { message: string }).message).toBe(
        "Choose a delivery option for HTX htx-moc-chau."
      )

      await chooseStandardDelivery(cartId)
      const card = await checkout(cartId, {
        payment_provider_id: "pp_stripe_stripe",
        payment_method: "pm_card_visa",
      })
      expect(card.status).toBe(400)
      expect((card.data as { message: string }).message).toContain(
        "is not offered here"
      )
      const extra = await checkout(cartId, {
        payment_provider_id: "pp_cod_cod",
        coupon: "x",
      })
      expect(extra.status).toBe(400)
    })

    it("refuses addresses outside the 2025 units and phones that are not Vietnamese mobiles, with a sentence naming the field", async () => {
      const cases: [object, string][] = [
        [{ phone: "12345" }, "shipping_address.phone"],
        [{ phone: "+1 202 555 0100" }, "shipping_address.phone"],
        [{ province: "99" }, "shipping_address.province"],
        [
          { metadata: { commune_code: "04606" } },
          "shipping_address.metadata.commune_code",
        ],
        [{ city: "Phường Hoàn Kiếm" }, "shipping_address.city"],
        [{ first_name: "" }, "shipping_address.first_name"],
      ]
      for (const [change, field] of cases) {
        const created = await api
          .post(
            "/store/carts",
            {
              region_id: regionId,
              shipping_address: { ...HANOI_ADDRESS, ...change },
            },
            headers
          )
          .catch(
            (error: { response: Response<{ message: string }> }) =>
              error.response
          )
        expect([field, created.status]).toEqual([field, 400])
        expect((created.data as { message: string }).message).toContain(field)
      }
      const cartId = await fillCart([["tao-meo-ocop", 1]])
      const updated = await api
        .post(
          `/store/carts/${cartId}`,
          { shipping_address: { ...HANOI_ADDRESS, province: "79" } },
          headers
        )
        .catch(
          (error: { response: Response<{ message: string }> }) => error.response
        )
      expect(updated.status).toBe(400)
      expect((updated.data as { message: string }).message).toContain(
        "of Thành phố Hồ Chí Minh"
      )

      // A good address is stored normalised: the commune's full name and a 0-prefixed phone.
      const good = await api.post<{
        cart: {
          shipping_address: { city: string; phone: string; province: string }
        }
      }>(
        `/store/carts/${cartId}`,
        {
          shipping_address: {
            ...HANOI_ADDRESS,
            city: "Ba Đình",
            phone: "+84 912 345 678",
          },
        },
        headers
      )
      expect(good.data.cart.shipping_address).toMatchObject({
        city: "Phường Ba Đình",
        phone: "0912345678",
        province: "01",
      })
    })

    it("keeps a signed-in buyer's address book in the 2025 units", async () => {
      const { data: registered } = await api.post<{ token: string }>(
        "/auth/customer/emailpass/register",
        {
          email: "mai@example.vn",
          password: "Mật-khẩu-mua-2026",
        }
      )
      const bearer = {
        headers: {
          ...headers.headers,
          authorization: `Bearer ${registered.token}`,
        },
      }
      await api.post(
        "/store/customers",
        { first_name: "Mai", last_name: "Trần", email: "mai@example.vn" },
        bearer
      )
      const { data: signedIn } = await api.post<{ token: string }>(
        "/auth/customer/emailpass",
        {
          email: "mai@example.vn",
          password: "Mật-khẩu-mua-2026",
        }
      )
      const auth = {
        headers: {
          ...headers.headers,
          authorization: `Bearer ${signedIn.token}`,
        },
      }
      const added = await api.post<{
        customer: {
          addresses: {
            id: string
            city: string
            metadata: { commune_code: string }
          }[]
        }
      }>(
        "/store/customers/me/addresses",
        { ...HANOI_ADDRESS, city: undefined, address_name: "Nhà" },
        auth
      )
      expect(added.data.customer.addresses[0]).toMatchObject({
        city: "Phường Ba Đình",
        metadata: { commune_code: "00004" },
      })
      const addressId = added.data.customer.addresses[0]?.id as string
      const bad = await api
        .post(
          `/store/customers/me/addresses/${addressId}`,
          { ...HANOI_ADDRESS, phone: "0212345678" },
          auth
        )
        .catch(
          (error: { response: Response<{ message: string }> }) => error.response
        )
      expect(bad.status).toBe(400)
      expect((bad.data as { message: string }).message).toContain(
        "address.phone"
      )
      const madeDefault = await api.post(
        `/store/customers/me/addresses/${addressId}`,
        { is_default_shipping: true },
        auth
      )
      expect(madeDefault.status).toBe(200)
    })

    it("tells the buyer and each cooperative, and records the cash when the cooperative confirms it", async () => {
      const container = getContainer()
      await seedDemoSeller(container, {
        logger: quiet,
        cooperativeHandle: "htx-tram-tau",
      })
      const cartId = await fillCart([
        ["nep-tu-le", 1],
        ["dau-tay-moc-chau", 1],
      ])
      await chooseStandardDelivery(cartId)
      const placed = ((await checkout(cartId)).data as { checkout: Checkout })
        .checkout
      const tramTau = placed.orders.find(
        (o) => o.cooperative?.handle === "htx-tram-tau"
      ) as CheckoutOrder
      const mocChau = placed.orders.find(
        (o) => o.cooperative?.handle === "htx-moc-chau"
      ) as CheckoutOrder

      const notifications = container.resolve(Modules.NOTIFICATION)
      let sent: {
        to: string
        template: string
        resource_id: string | null
        data: Record<string, unknown> | null
      }[] = []
      for (let attempt = 0; attempt < 50 && sent.length < 3; attempt += 1) {
        sent = (await notifications.listNotifications({
          template: ["order-confirmation", "cooperative-new-order"],
          resource_id: [placed.id, tramTau.id, mocChau.id],
        })) as typeof sent
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(sent.map((n) => [n.template, n.to]).sort()).toEqual(
        [
          ["cooperative-new-order", "htx-moc-chau@example.vn"],
          ["cooperative-new-order", DEMO_SELLER_EMAIL],
          ["order-confirmation", "lan@example.vn"],
        ].sort()
      )
      const notice = sent.find((n) => n.to === DEMO_SELLER_EMAIL)
      expect(JSON.stringify(notice?.data)).not.toContain("lan@example.vn")

      const { data: login } = await api.post<{ token: string }>(
        "/auth/seller/emailpass",
        {
          email: DEMO_SELLER_EMAIL,
          password: DEMO_PASSWORD,
        },
        { headers: { "x-forwarded-for": "10.9.0.1" } }
      )
      const seller = {
        headers: {
          authorization: `Bearer ${login.token}`,
          "x-forwarded-for": "10.9.0.1",
        },
      }
      const before = await api.get<{
        order: { payment_method: string; cod_amount: number }
      }>(`/seller/orders/${tramTau.id}`, seller)
      expect(before.data.order).toMatchObject({
        payment_method: "cod",
        cod_amount: tramTau.total,
      })
      const collected = await api.post<{ order: { payment_status: string } }>(
        `/seller/orders/${tramTau.id}/cod-collected`,
        {},
        seller
      )
      expect(collected.data.order.payment_status).toBe("captured")
      const again = await api.post<{ order: { payment_status: string } }>(
        `/seller/orders/${tramTau.id}/cod-collected`,
        {},
        seller
      )
      expect(again.data.order.payment_status).toBe("captured")
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: [
          "payment_collections.captured_amount",
          "payment_collections.payments.captures.amount",
        ],
        filters: { id: tramTau.id },
      })
      const collection = (
        data[0] as {
          payment_collections: {
            captured_amount: number
            payments: { captures: { amount: number }[] }[]
          }[]
        }
      ).payment_collections[0]
      expect(Number(collection?.captured_amount)).toBe(tramTau.total)
      expect(collection?.payments[0]?.captures).toHaveLength(1)

      const other = await api
        .post(`/seller/orders/${mocChau.id}/cod-collected`, {}, seller)
        .catch(
          (error: { response: Response<{ message: string }> }) => error.response
        )
      expect(other.status).toBe(404)
    })

    it("sells the last units exactly once when buyers race for them", async () => {
      await setStock("dau-tay-moc-chau", 3)
      const carts: string[] = []
      for (let i = 0; i < 7; i += 1) {
        const cartId = await fillCart([["dau-tay-moc-chau", 1]])
        await chooseStandardDelivery(cartId)
        carts.push(cartId)
      }
      const results = await Promise.all(carts.map((cartId) => checkout(cartId)))
      const won = results.filter((r) => r.status === 200)
      const lost = results.filter((r) => r.status !== 200)
      expect(won).toHaveLength(3)
      expect(lost).toHaveLength(4)
      for (const response of lost) {
        expect([response.status, response.data]).toEqual([
          409,
          expect.objectContaining({ type: "out_of_stock" }),
        ])
        expect((response.data as { type: string; message: string }).type).toBe(
          "out_of_stock"
        )
        expect((response.data as { message: string }).message).toContain(
          "sold out"
        )
      }
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.inventory_items.inventory.location_levels.*"],
        filters: { handle: "dau-tay-moc-chau" },
      })
      const level = (
        data[0] as {
          variants: {
            inventory_items: {
              inventory: {
                location_levels: {
                  reserved_quantity: number
                  stocked_quantity: number
                }[]
              }
            }[]
          }[]
        }
      ).variants[0]?.inventory_items[0]?.inventory.location_levels[0]
      expect(level?.reserved_quantity).toBe(3)
      expect(level?.stocked_quantity).toBe(3)
    })
  },
})
