import {
  chargedWeight,
  deliveryDays,
  isRemoteCommune,
  parcelFromItems,
  QuoteError,
  type QuoteInput,
  quoteTable,
  resolveProvinceCode,
  zoneBetween,
} from "../tariff"

// Every expected figure below is worked out by hand from data/vnpost-example-tariff.json as
// TARIFF.md documents it, never by calling the function under test.
const TRAM_TAU = { province_code: "15", commune_name: "Xã Trạm Tấu" }
const SA_PA = { province_code: "15", commune_name: "Phường Sa Pa" }
const MU_CANG_CHAI = { province_code: "15", commune_name: "Xã Mù Cang Chải" }
const BA_DINH = { province_code: "01", commune_name: "Phường Ba Đình" }
const BEN_THANH = { province_code: "79", commune_name: "Phường Bến Thành" }
const HAI_CHAU = { province_code: "48", commune_name: "Phường Hải Châu" }
const PHU_QUOC = { province_code: "91", commune_name: "Đặc khu Phú Quốc" }

const quote = (overrides: Partial<QuoteInput>) =>
  quoteTable({
    service: "standard",
    from: TRAM_TAU,
    to: BA_DINH,
    parcel: { weight_g: 500 },
    declared_value: 0,
    cod_amount: 0,
    ...overrides,
  })

describe("zones", () => {
  it("puts two communes of one province in the same zone", () => {
    expect(zoneBetween("15", "15")).toBe("same_province")
  })

  it("puts Lào Cai and Hà Nội (both North) in the same region", () => {
    expect(zoneBetween("15", "01")).toBe("same_region")
  })

  it("treats Hà Nội, Đà Nẵng and TP.HCM as special routes both ways", () => {
    expect(zoneBetween("01", "79")).toBe("special_route")
    expect(zoneBetween("79", "01")).toBe("special_route")
    expect(zoneBetween("01", "48")).toBe("special_route")
    expect(zoneBetween("48", "79")).toBe("special_route")
  })

  it("charges Lào Cai to TP.HCM and Lào Cai to Đà Nẵng between regions", () => {
    expect(zoneBetween("15", "79")).toBe("between_regions")
    expect(zoneBetween("15", "48")).toBe("between_regions")
  })

  it("accepts a province's name or full name as well as its code", () => {
    expect(resolveProvinceCode("Thành phố Hồ Chí Minh")).toBe("79")
    expect(resolveProvinceCode("Tỉnh Lào Cai")).toBe("15")
    // Both accent placements are in use ("Hoá" and "Hóa").
    expect(resolveProvinceCode("Thanh Hóa")).toBe("38")
    expect(zoneBetween("Tỉnh Lào Cai", "01")).toBe("same_region")
  })
})

describe("standard service prices per zone (no COD, no insurance)", () => {
  it("same province: 22,000 for the first 3 kg + 10% VAT", () => {
    const result = quote({ to: SA_PA, parcel: { weight_g: 3000 } })
    expect(result).toEqual({
      amount: 24_200,
      service: "standard",
      zone: "same_province",
      charged_weight_g: 3000,
      delivery_days: { min: 1, max: 2 },
      breakdown: {
        base: 22_000,
        weight_steps: 0,
        remote: 0,
        cod_fee: 0,
        insurance: 0,
        vat: 2_200,
      },
      tariff_version: "example-2025.1",
    })
  })

  it("same province: one gram over 3 kg adds one 2,500 step", () => {
    const result = quote({ to: SA_PA, parcel: { weight_g: 3001 } })
    // (22,000 + 2,500) × 1.1
    expect(result.breakdown.weight_steps).toBe(2_500)
    expect(result.amount).toBe(26_950)
  })

  it("same region: 30,000 up to 500 g", () => {
    const result = quote({ parcel: { weight_g: 500 } })
    expect(result.zone).toBe("same_region")
    expect(result.breakdown.weight_steps).toBe(0)
    expect(result.amount).toBe(33_000)
    expect(result.delivery_days).toEqual({ min: 2, max: 3 })
  })

  it("same region: 501 g is one 5,000 step over the first 500 g", () => {
    const result = quote({ parcel: { weight_g: 501 } })
    // (30,000 + 5,000) × 1.1
    expect(result.breakdown.weight_steps).toBe(5_000)
    expect(result.amount).toBe(38_500)
  })

  it("special route Hà Nội → TP.HCM: 32,000 up to 500 g", () => {
    const result = quote({ from: BA_DINH, to: BEN_THANH })
    expect(result.zone).toBe("special_route")
    expect(result.amount).toBe(35_200)
    expect(result.delivery_days).toEqual({ min: 3, max: 4 })
  })

  it("between regions Lào Cai → TP.HCM: 36,000 up to 500 g", () => {
    const result = quote({ to: BEN_THANH })
    expect(result.zone).toBe("between_regions")
    expect(result.amount).toBe(39_600)
    expect(result.delivery_days).toEqual({ min: 4, max: 6 })
  })
})

describe("express service", () => {
  it("same province: 15,000 up to 500 g, next day", () => {
    const result = quote({ service: "express", to: SA_PA })
    expect(result.amount).toBe(16_500)
    expect(result.delivery_days).toEqual({ min: 1, max: 1 })
  })

  it("between regions: 44,000 + 2 × 13,000 for 1.2 kg, against standard's 36,000 + 2 × 5,000", () => {
    const express = quote({
      service: "express",
      to: BEN_THANH,
      parcel: { weight_g: 1200 },
    })
    const standard = quote({ to: BEN_THANH, parcel: { weight_g: 1200 } })
    // ceil((1,200 − 500) / 500) = 2 steps
    expect(express.breakdown).toMatchObject({
      base: 44_000,
      weight_steps: 26_000,
    })
    expect(express.amount).toBe(77_000)
    expect(express.delivery_days).toEqual({ min: 2, max: 3 })
    expect(standard.amount).toBe(50_600)
  })

  it("special route Đà Nẵng → Hà Nội: 40,000 up to 500 g", () => {
    const result = quote({ service: "express", from: HAI_CHAU, to: BA_DINH })
    expect(result.amount).toBe(44_000)
  })

  it("tells delivery days without a full quote", () => {
    expect(deliveryDays("standard", "15", "79")).toEqual({ min: 4, max: 6 })
    expect(deliveryDays("express", "01", "79")).toEqual({ min: 1, max: 2 })
  })
})

describe("charged weight", () => {
  it("takes the volumetric weight when the box is bulky", () => {
    // 20 × 30 × 40 = 24,000 cm³ / 6,000 = 4 kg, heavier than the 1 kg it weighs
    expect(
      chargedWeight({
        weight_g: 1000,
        length_cm: 20,
        width_cm: 30,
        height_cm: 40,
      })
    ).toBe(4000)
    const result = quote({
      parcel: { weight_g: 1000, length_cm: 20, width_cm: 30, height_cm: 40 },
    })
    // 30,000 + ceil(3,500 / 500) = 7 steps × 5,000 = 65,000; × 1.1
    expect(result.charged_weight_g).toBe(4000)
    expect(result.amount).toBe(71_500)
  })

  it("keeps the actual weight when it is the greater", () => {
    // 10 × 10 × 10 = 1,000 cm³ → 166.7 g, lighter than 800 g
    expect(
      chargedWeight({
        weight_g: 800,
        length_cm: 10,
        width_cm: 10,
        height_cm: 10,
      })
    ).toBe(800)
  })

  it("rounds the volumetric weight up to a whole gram", () => {
    // 10 × 10 × 11 = 1,100 cm³ → 183.3 g → 184 g
    expect(
      chargedWeight({ weight_g: 0, length_cm: 10, width_cm: 10, height_cm: 11 })
    ).toBe(184)
  })

  it("uses the actual weight alone when a side is missing", () => {
    expect(chargedWeight({ weight_g: 700, length_cm: 50, width_cm: 50 })).toBe(
      700
    )
  })
})

describe("remote surcharge", () => {
  it("adds 5,000 (standard) when the buyer's commune is a rural Xã", () => {
    const result = quote({ from: BA_DINH, to: MU_CANG_CHAI })
    // (30,000 + 5,000) × 1.1
    expect(result.breakdown.remote).toBe(5_000)
    expect(result.amount).toBe(38_500)
  })

  it("adds 10,000 (express) for a Đặc khu", () => {
    const result = quote({ service: "express", from: BEN_THANH, to: PHU_QUOC })
    // same region (South): (32,000 + 10,000) × 1.1
    expect(result.breakdown.remote).toBe(10_000)
    expect(result.amount).toBe(46_200)
  })

  it("adds nothing for a Phường, and never for the sender's commune", () => {
    expect(quote({ from: TRAM_TAU, to: BA_DINH }).breakdown.remote).toBe(0)
  })

  it("judges by the name's first word only", () => {
    expect(isRemoteCommune("xã Bắc Sơn")).toBe(true)
    expect(isRemoteCommune("Phường Xã Đàn")).toBe(false)
    expect(isRemoteCommune("Ba Đình")).toBe(false)
  })
})

describe("COD fee", () => {
  it("is free up to 300,000", () => {
    expect(quote({ cod_amount: 300_000 }).breakdown.cod_fee).toBe(0)
  })

  it("is at least 5,000 just above 300,000", () => {
    // 1% of 300,001 = 3,000 → minimum 5,000
    const result = quote({ cod_amount: 300_001 })
    expect(result.breakdown.cod_fee).toBe(5_000)
    expect(result.amount).toBe(38_500)
  })

  it("is 1% of larger amounts, rounded to whole đồng", () => {
    expect(quote({ cod_amount: 800_000 }).breakdown.cod_fee).toBe(8_000)
    // 12,345.5 → 12,346
    expect(quote({ cod_amount: 1_234_550 }).breakdown.cod_fee).toBe(12_346)
  })
})

describe("insurance on the declared value", () => {
  it.each([
    [1_000_000, 0],
    [1_000_001, 11_000],
    [3_000_000, 11_000],
    // 0.5% of 3,000,001 = 15,000.005 → 15,000
    [3_000_001, 15_000],
    // 0.5% of 4,500,100 = 22,500.5 → 22,501
    [4_500_100, 22_501],
  ])("declared %i costs %i", (declared, fee) => {
    expect(quote({ declared_value: declared }).breakdown.insurance).toBe(fee)
  })
})

describe("VAT and rounding", () => {
  it("rounds VAT on the whole sum to the nearest đồng", () => {
    // COD 1,234,550 → 12,346; 30,000 + 12,346 = 42,346; VAT 4,234.6 → 4,235
    const result = quote({ cod_amount: 1_234_550 })
    expect(result.breakdown.vat).toBe(4_235)
    expect(result.amount).toBe(46_581)
  })

  it("rounds a half đồng of VAT up", () => {
    // COD 1,000,500 → 10,005; 30,000 + 10,005 = 40,005; VAT 4,000.5 → 4,001
    const result = quote({ cod_amount: 1_000_500 })
    expect(result.breakdown.vat).toBe(4_001)
    expect(result.amount).toBe(44_006)
  })

  it("prices a typical parcel: 2 kg of táo mèo from Trạm Tấu to Ba Đình, COD 450,000", () => {
    const result = quote({
      parcel: { weight_g: 2000 },
      declared_value: 450_000,
      cod_amount: 450_000,
    })
    // 30,000 + 3 × 5,000 + COD max(5,000, 4,500) + insurance 0 = 50,000; + VAT 5,000
    expect(result.breakdown).toEqual({
      base: 30_000,
      weight_steps: 15_000,
      remote: 0,
      cod_fee: 5_000,
      insurance: 0,
      vat: 5_000,
    })
    expect(result.amount).toBe(55_000)
  })
})

describe("parcel from cart items", () => {
  it("adds the weights and stacks the units", () => {
    expect(
      parcelFromItems([
        { quantity: 2, weight: 1000, length: 20, width: 15, height: 10 },
        { quantity: 1, weight: 300, length: 25, width: 10, height: 5 },
      ])
    ).toEqual({ weight_g: 2300, length_cm: 25, width_cm: 15, height_cm: 25 })
  })

  it("counts an unweighed unit as 500 g and leaves an unmeasured parcel without a size", () => {
    expect(parcelFromItems([{ quantity: 3, weight: null }])).toEqual({
      weight_g: 1500,
    })
  })
})

describe("errors", () => {
  it("refuses a province that no longer exists with a QuoteError", () => {
    const attempt = () =>
      quote({ to: { province_code: "Yên Bái", commune_name: "Xã Trạm Tấu" } })
    expect(attempt).toThrow(QuoteError)
    expect(attempt).toThrow(/not one of the 34 provinces/)
  })

  it("refuses an unknown province code", () => {
    expect(() => zoneBetween("15", "99")).toThrow(
      expect.objectContaining({ name: "QuoteError", code: "unknown_province" })
    )
  })

  it("refuses an unknown service, a negative weight and a fractional amount", () => {
    expect(() => quote({ service: "economy" as "standard" })).toThrow(
      expect.objectContaining({ code: "unknown_service" })
    )
    expect(() => quote({ parcel: { weight_g: -1 } })).toThrow(
      expect.objectContaining({ code: "invalid_parcel" })
    )
    expect(() => quote({ cod_amount: 10.5 })).toThrow(
      expect.objectContaining({ code: "invalid_amount" })
    )
  })
})
