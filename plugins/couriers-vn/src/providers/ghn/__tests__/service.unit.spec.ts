import type { Logger } from "@medusajs/framework/types"

import {
  type FakeGhnServer,
  startFakeGhnServer,
} from "../../../lib/ghn-fake-server"
import { priceContext } from "../../../lib/__tests__/price-context"
import { GhnFulfillmentService, type GhnOptions } from "../service"

// A stock location as the cooperative plugin writes it, a buyer's address as checkout does.
const TRAM_TAU = { province: "Tỉnh Lào Cai", city: "Xã Trạm Tấu" }
const BA_DINH = { province: "01", city: "Phường Ba Đình" }
const TAO_MEO = {
  quantity: 2,
  unit_price: 600_000,
  weight: 1000,
  length: 20,
  width: 15,
  height: 10,
}
const context = priceContext(TRAM_TAU, BA_DINH, [TAO_MEO])

// The table price of the same parcel (2 kg, Lào Cai → Hà Nội, same region, standard):
// 30,000 + 3 × 5,000; COD 1,200,000 → 12,000; insurance 11,000 (1–3 million) = 68,000; + 6,800 VAT
const TABLE_PRICE = 74_800

const FEE_PATH = "/shiip/public-api/v2/shipping-order/fee"

describe("ghn fulfillment provider against the fake GHN server", () => {
  let ghn: FakeGhnServer
  let warnings: string[]
  const logger = {
    warn: (message: string) => warnings.push(message),
  } as unknown as Logger

  const provider = (options: Partial<GhnOptions> = {}) =>
    new GhnFulfillmentService(
      { logger },
      {
        token: ghn.token,
        shopId: ghn.shopId,
        baseUrl: ghn.url,
        timeoutMs: 1_000,
        ...options,
      }
    )

  beforeEach(async () => {
    ghn = await startFakeGhnServer({ slowMs: 3_000 })
    warnings = []
  })

  afterEach(async () => {
    await ghn.close()
  })

  it("offers GHN's standard service", async () => {
    expect(GhnFulfillmentService.identifier).toBe("ghn")
    expect(await provider().getFulfillmentOptions()).toEqual([
      {
        id: "standard",
        name: "GHN tiêu chuẩn",
        service: "standard",
        service_type_id: 2,
      },
    ])
  })

  it("returns GHN's total and sends the fee request as GHN publishes it", async () => {
    const price = await provider().calculatePrice(
      { service: "standard" },
      {},
      context
    )
    // The fake: 20,000 + 3 started 500 g over 500 g × 1,000 + 11,000 insurance over 1 million
    expect(price).toEqual({
      calculated_amount: 34_000,
      is_calculated_price_tax_inclusive: true,
    })
    expect(warnings).toEqual([])
    const fee = ghn.requests.filter((r) => r.path === FEE_PATH)
    expect(fee).toHaveLength(1)
    expect(fee[0]?.method).toBe("POST")
    expect(fee[0]?.headers).toMatchObject({
      token: ghn.token,
      shopid: ghn.shopId,
      "content-type": "application/json",
    })
    expect(fee[0]?.body).toEqual({
      service_type_id: 2,
      from_district_id: 2264,
      from_ward_code: "90101",
      to_district_id: 1484,
      to_ward_code: "1A0101",
      weight: 2000,
      length: 20,
      width: 15,
      height: 20,
      insurance_value: 1_200_000,
      cod_value: 1_200_000,
    })
  })

  it("sends no COD value when the buyer paid online", async () => {
    await provider().calculatePrice(
      { service: "standard" },
      { cod: false },
      context
    )
    const fee = ghn.requests.find((r) => r.path === FEE_PATH)
    expect(fee?.body).toMatchObject({
      cod_value: 0,
      insurance_value: 1_200_000,
    })
  })

  it("looks GHN's master data up once and keeps it for later quotes", async () => {
    const ghnProvider = provider()
    await ghnProvider.calculatePrice({ service: "standard" }, {}, context)
    const lookups = ghn.requests.filter((r) => r.path.includes("/master-data/"))
    // provinces once; the districts of Lào Cai and Hà Nội; the wards of their 4 districts
    expect(lookups.map((r) => r.path).sort()).toEqual([
      "/shiip/public-api/master-data/district",
      "/shiip/public-api/master-data/district",
      "/shiip/public-api/master-data/province",
      "/shiip/public-api/master-data/ward",
      "/shiip/public-api/master-data/ward",
      "/shiip/public-api/master-data/ward",
      "/shiip/public-api/master-data/ward",
    ])
    expect(lookups.find((r) => r.path.endsWith("/district"))?.body).toEqual({
      province_id: expect.any(Number),
    })

    await ghnProvider.calculatePrice(
      { service: "standard" },
      {},
      priceContext(TRAM_TAU, { province: "01", city: "phuong ngoc ha" }, [
        TAO_MEO,
      ])
    )
    const after = ghn.requests.filter((r) => r.path.includes("/master-data/"))
    expect(after).toHaveLength(lookups.length)
    const fee = ghn.requests.filter((r) => r.path === FEE_PATH)
    expect(fee[1]?.body).toMatchObject({
      to_district_id: 1484,
      to_ward_code: "1A0102",
    })
  })

  it("falls back to the table tariff with a warning when GHN is too slow", async () => {
    ghn.setMode("slow")
    const price = await provider({ timeoutMs: 200 }).calculatePrice(
      { service: "standard" },
      {},
      context
    )
    expect(price).toEqual({
      calculated_amount: TABLE_PRICE,
      is_calculated_price_tax_inclusive: true,
    })
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/did not (answer|quote).*within 200 ms/)
    expect(warnings[0]).toMatch(/table tariff example-2025\.1/)
  })

  it("falls back when GHN answers with an error code", async () => {
    ghn.setMode("error")
    const price = await provider().calculatePrice(
      { service: "standard" },
      {},
      context
    )
    expect(price.calculated_amount).toBe(TABLE_PRICE)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/code 400.*Lỗi gọi API/)
  })

  it("falls back when GHN's answer is not JSON", async () => {
    ghn.setMode("not-json")
    const price = await provider().calculatePrice(
      { service: "standard" },
      {},
      context
    )
    expect(price.calculated_amount).toBe(TABLE_PRICE)
    expect(warnings[0]).toMatch(/not JSON/)
  })

  it("falls back when the token is refused", async () => {
    const price = await provider({ token: "wrong" }).calculatePrice(
      { service: "standard" },
      {},
      context
    )
    expect(price.calculated_amount).toBe(TABLE_PRICE)
    expect(warnings[0]).toMatch(/code 401/)
  })

  it("falls back when GHN does not know the commune", async () => {
    const price = await provider().calculatePrice(
      { service: "standard" },
      {},
      priceContext(TRAM_TAU, { province: "01", city: "Xã Sóc Sơn" }, [TAO_MEO])
    )
    // Lào Cai → Hà Nội, Xã: the table adds the 5,000 remote surcharge: 73,000 + 7,300 VAT
    expect(price.calculated_amount).toBe(80_300)
    expect(warnings[0]).toMatch(/no ward named "Xã Sóc Sơn"/)
    expect(ghn.requests.some((r) => r.path === FEE_PATH)).toBe(false)
  })

  it("recovers once GHN answers again, without keeping a failed lookup", async () => {
    ghn.setMode("error")
    const ghnProvider = provider()
    await ghnProvider.calculatePrice({ service: "standard" }, {}, context)
    ghn.setMode("ok")
    const price = await ghnProvider.calculatePrice(
      { service: "standard" },
      {},
      context
    )
    expect(price.calculated_amount).toBe(34_000)
  })

  it("refuses a cart without a valid address instead of guessing", async () => {
    await expect(
      provider().calculatePrice(
        { service: "standard" },
        {},
        priceContext(TRAM_TAU, undefined, [TAO_MEO])
      )
    ).rejects.toThrow(/no valid delivery address/)
    expect(ghn.requests).toEqual([])
  })

  it("checks its options", () => {
    expect(() =>
      GhnFulfillmentService.validateOptions({ shopId: "1" })
    ).toThrow(/GHN_TOKEN/)
    expect(() => GhnFulfillmentService.validateOptions({ token: "t" })).toThrow(
      /GHN_SHOP_ID/
    )
    expect(() =>
      GhnFulfillmentService.validateOptions({
        token: "t",
        shopId: 885,
        baseUrl: "not a url",
      })
    ).toThrow(/GHN_BASE_URL/)
    expect(() =>
      GhnFulfillmentService.validateOptions({ token: "t", shopId: 885 })
    ).not.toThrow()
  })
})
