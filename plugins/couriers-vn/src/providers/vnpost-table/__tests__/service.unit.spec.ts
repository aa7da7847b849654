import { MedusaError } from "@medusajs/framework/utils"

import { priceContext } from "../../../lib/__tests__/price-context"
import { VnpostTableFulfillmentService } from "../service"

// A stock location as the cooperative plugin writes it (province's full name, commune's full
// name) and a buyer's address as checkout writes it (province code, commune's full name).
const TRAM_TAU = { province: "Tỉnh Lào Cai", city: "Xã Trạm Tấu" }
const BA_DINH = { province: "01", city: "Phường Ba Đình" }
const TAO_MEO = { quantity: 2, unit_price: 225_000, weight: 1000 }

describe("vnpost-table fulfillment provider", () => {
  const provider = new VnpostTableFulfillmentService()

  it("offers the standard and express services", async () => {
    expect(VnpostTableFulfillmentService.identifier).toBe("vnpost-table")
    expect(await provider.getFulfillmentOptions()).toEqual([
      { id: "standard", name: "VNPost tiêu chuẩn", service: "standard" },
      { id: "express", name: "VNPost nhanh (EMS)", service: "express" },
    ])
    expect(await provider.validateOption({ service: "express" })).toBe(true)
    expect(await provider.validateOption({ service: "economy" })).toBe(false)
    expect(await provider.canCalculate()).toBe(true)
  })

  it("prices a cooperative's parcel with COD, VAT included", async () => {
    // 2 kg, Lào Cai → Hà Nội (same region): 30,000 + 3 × 5,000; COD 450,000 → 5,000 minimum;
    // insurance 0 (≤ 1,000,000); 50,000 + 10% VAT
    expect(
      await provider.calculatePrice(
        { service: "standard" },
        {},
        priceContext(TRAM_TAU, BA_DINH, [TAO_MEO])
      )
    ).toEqual({
      calculated_amount: 55_000,
      is_calculated_price_tax_inclusive: true,
    })
  })

  it("leaves the COD fee out when the buyer pays online", async () => {
    // 45,000 + 10% VAT
    const price = await provider.calculatePrice(
      { service: "standard" },
      { cod: false },
      priceContext(TRAM_TAU, BA_DINH, [TAO_MEO])
    )
    expect(price.calculated_amount).toBe(49_500)
  })

  it("prices express from the option's service", async () => {
    // 44,000 + 3 × 13,000 between regions (Lào Cai → TP.HCM) + COD 5,000 = 88,000; + 8,800 VAT
    const price = await provider.calculatePrice(
      { service: "express" },
      {},
      priceContext(TRAM_TAU, { province: "79", city: "Phường Bến Thành" }, [
        TAO_MEO,
      ])
    )
    expect(price.calculated_amount).toBe(96_800)
  })

  it.each([
    ["without a shipping address", undefined],
    [
      "with a province from before July 2025",
      { province: "Yên Bái", city: "Xã Trạm Tấu" },
    ],
    ["without a commune", { province: "01" }],
  ])(
    "refuses to price %s, with a sentence for the buyer",
    async (_case, to) => {
      const attempt = provider.calculatePrice(
        { service: "standard" },
        {},
        priceContext(TRAM_TAU, to, [TAO_MEO])
      )
      await expect(attempt).rejects.toThrow(MedusaError)
      await expect(attempt).rejects.toThrow(/no valid delivery address/)
    }
  )

  it("rejects a shipping method whose cod flag is not a boolean", async () => {
    await expect(
      provider.validateFulfillmentData({}, { cod: "yes" }, {} as never)
    ).rejects.toThrow(/must be true/)
    expect(
      await provider.validateFulfillmentData({}, { cod: false }, {} as never)
    ).toEqual({
      cod: false,
    })
  })

  it("cancels a fulfilment without a courier call (VNPost has no API here)", async () => {
    expect(
      await provider.cancelFulfillment({ tracking_number: "EE123456785VN" })
    ).toEqual({})
  })
})
