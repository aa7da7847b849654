import {
  type FakeGhnServer,
  fakeGhnFee,
  startFakeGhnServer,
} from "@cho-phien/couriers-vn/lib/ghn-fake-server"
import { quoteTable } from "@cho-phien/couriers-vn/lib/tariff"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { seedFixtureShop } from "../helpers/catalogue-fixtures"
import { type Api, HANOI_ADDRESS } from "../helpers/checkout-fixtures"

jest.setTimeout(300 * 1000)

type ShippingOption = {
  id: string
  provider_id: string
  service: string
  amount: number | null
  cooperative: { handle: string }
}

// GHN is on when its token and shop id are set; here they point at a local FAKE GHN server that
// answers in GHN's published format (no real GHN call is made).
let ghn: FakeGhnServer
beforeAll(async () => {
  ghn = await startFakeGhnServer({ slowMs: 1_500 })
  process.env.GHN_TOKEN = ghn.token
  process.env.GHN_SHOP_ID = ghn.shopId
  process.env.GHN_BASE_URL = ghn.url
  process.env.GHN_TIMEOUT_MS = "400"
})
afterAll(async () => {
  await ghn.close()
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let headers: { headers: Record<string, string> }
    let regionId: string

    beforeAll(async () => {
      const shop = await seedFixtureShop(getContainer())
      headers = { headers: { "x-publishable-api-key": shop.publishableKey } }
      regionId = shop.regionId
    })

    const cartWithTaoMeo = async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product",
        fields: ["variants.id"],
        filters: { handle: "tao-meo-ocop" },
      })
      const variantId = (data[0] as { variants: { id: string }[] }).variants[0]
        ?.id
      const { data: created } = await api.post<{ cart: { id: string } }>(
        "/store/carts",
        {
          region_id: regionId,
          email: "lan@example.vn",
          shipping_address: HANOI_ADDRESS,
        },
        headers
      )
      await api.post(
        `/store/carts/${created.cart.id}/line-items`,
        { variant_id: variantId, quantity: 2 },
        headers
      )
      return created.cart.id
    }

    const ghnOption = async (cartId: string) => {
      const { data } = await api.get<{ shipping_options: ShippingOption[] }>(
        `/store/shipping-options?cart_id=${cartId}`,
        headers
      )
      return data.shipping_options.find((o) => o.provider_id === "ghn_ghn")
    }

    // What the table tariff charges for the same parcel: two 550 g bags from Trạm Tấu, COD.
    const tablePrice = quoteTable({
      service: "standard",
      from: { province_code: "15", commune_name: "Xã Trạm Tấu" },
      to: { province_code: "01", commune_name: "Phường Ba Đình" },
      parcel: { weight_g: 1100, length_cm: 20, width_cm: 15, height_cm: 16 },
      declared_value: 240000,
      cod_amount: 240000,
    }).amount

    it("quotes GHN's fee for each cooperative's parcel through GHN's published fee API (fake server)", async () => {
      ghn.setMode("ok")
      const cartId = await cartWithTaoMeo()
      const option = await ghnOption(cartId)
      expect(option?.cooperative.handle).toBe("htx-tram-tau")
      const fee = ghn.requests
        .filter((r) => r.path.endsWith("/shipping-order/fee"))
        .at(-1)
      expect(fee?.headers.token).toBe(ghn.token)
      expect(fee?.headers.shopid).toBe(ghn.shopId)
      expect(fee?.body).toMatchObject({
        to_ward_code: "1A0101",
        from_ward_code: "90101",
        weight: 1100,
        cod_value: 240000,
      })
      expect(option?.amount).toBe(
        fakeGhnFee(fee?.body as Parameters<typeof fakeGhnFee>[0]).total
      )
      expect(option?.amount).not.toBe(tablePrice)

      // The buyer can pick it and check out with it.
      await api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: option?.id },
        headers
      )
      const { data } = await api.post<{
        checkout: { orders: { shipping_total: number }[] }
      }>(
        `/store/carts/${cartId}/checkout`,
        { payment_provider_id: "pp_cod_cod" },
        headers
      )
      expect(data.checkout.orders[0]?.shipping_total).toBe(option?.amount)
    })

    it.each(["slow", "error", "not-json"] as const)(
      "falls back to the table tariff when GHN is %s, never breaking the checkout",
      async (mode) => {
        ghn.setMode(mode)
        const cartId = await cartWithTaoMeo()
        const option = await ghnOption(cartId)
        expect(option?.amount).toBe(tablePrice)
        await api.post(
          `/store/carts/${cartId}/shipping-methods`,
          { option_id: option?.id },
          headers
        )
        const { status } = await api.post(
          `/store/carts/${cartId}/checkout`,
          { payment_provider_id: "pp_cod_cod" },
          headers
        )
        expect(status).toBe(200)
      }
    )
  },
})
