import type { HttpTypes } from "@medusajs/types"

import { LOW_STOCK_THRESHOLD, stockState, toProduct } from "../product-adapter"
import type {
  StoreImageSet,
  StoreProductOrigin,
  StoreProductWithOrigin,
} from "../store-types"

const BACKEND = "http://localhost:9000"
const NOW = new Date("2026-06-01T00:00:00Z")

type VariantInput = {
  id: string
  title: string | null
  amount: number | null
  titleEn?: string
  sku?: string
  quantity?: number
}

const variant = ({
  id,
  title,
  amount,
  titleEn,
  sku,
  quantity,
}: VariantInput): HttpTypes.StoreProductVariant =>
  ({
    id,
    title,
    sku: sku ?? null,
    manage_inventory: true,
    allow_backorder: false,
    inventory_quantity: quantity,
    metadata: titleEn ? { title_en: titleEn } : null,
    calculated_price:
      amount === null
        ? undefined
        : {
            id: `price_${id}`,
            calculated_amount: amount,
            currency_code: "vnd",
          },
  }) as unknown as HttpTypes.StoreProductVariant

const picture: StoreImageSet = {
  url: "/static/tao-meo-1280.webp",
  width: 1280,
  height: 960,
  alt_vi: "Tranh minh hoạ: Táo mèo sấy",
  alt_en: "Illustration: Dried táo mèo",
  webp: [
    { width: 640, url: "/static/tao-meo-640.webp" },
    { width: 320, url: "/static/tao-meo-320.webp" },
    { width: 1280, url: "/static/tao-meo-1280.webp" },
  ],
  avif: [{ width: 320, url: "/static/tao-meo-320.avif" }],
}

const origin: StoreProductOrigin = {
  id: "origin_1",
  commune_code: "04606",
  province_code: "15",
  ethnic_group: "mong",
  harvest_months: [10, 8, 9, 8, 13],
  story_vi: "Quả hái trên nương.",
  story_en: "Picked on the hill fields.",
  producer_quote_vi: "Quả chín mới hái.",
  producer_quote_en: null,
  producer_name: "Chị Mùa",
  traceability_code: "CP-04606-3FA2C1",
  images: [picture],
  certifications: [
    {
      id: "cert_1",
      type: "OCOP",
      number: "OCOP-YB-2024-0187",
      ocop_stars: 4,
      issued_at: "2024-03-18T00:00:00.000Z",
      expires_at: "2027-03-18T00:00:00.000Z",
      issuer: "UBND tỉnh Yên Bái",
    },
    {
      id: "cert_2",
      type: "OCOP",
      number: "OCOP-YB-2021-0342",
      ocop_stars: 3,
      issued_at: "2021-10-05T00:00:00.000Z",
      expires_at: "2024-10-05T00:00:00.000Z",
      issuer: null,
    },
  ],
}

const storeProduct = (
  overrides: Partial<StoreProductWithOrigin> = {}
): StoreProductWithOrigin =>
  ({
    id: "prod_1",
    handle: "tao-meo-say",
    title: "Táo mèo sấy",
    subtitle: "Vụ mùa 2025",
    description: "Thái lát, sấy lò.",
    thumbnail: null,
    metadata: {
      title_en: "Dried táo mèo",
      subtitle_en: "2025 harvest",
    },
    categories: [
      {
        id: "pcat_1",
        handle: "kho-say",
        name: "Đồ khô & sấy",
        metadata: { name_en: "Dried & preserved" },
      },
    ],
    variants: [
      variant({
        id: "v_2",
        title: "Túi 1 kg",
        amount: 150000,
        titleEn: "1 kg bag",
        sku: "TM-1000",
        quantity: 40,
      }),
      variant({
        id: "v_1",
        title: "Túi 500 g",
        amount: 80000,
        sku: "TM-500",
        quantity: 3,
      }),
    ],
    cooperative: {
      id: "coop_1",
      handle: "htx-son-tra-tram-tau",
      name: "HTX Sơn tra Đỉnh Mây Trạm Tấu",
    },
    origin,
    ...overrides,
  }) as unknown as StoreProductWithOrigin

describe("toProduct", () => {
  it("keeps the Vietnamese texts for vi", () => {
    const product = toProduct(storeProduct(), "vi", BACKEND, NOW)
    expect(product).toMatchObject({
      id: "prod_1",
      handle: "tao-meo-say",
      title: "Táo mèo sấy",
      subtitle: "Vụ mùa 2025",
      description: "Thái lát, sấy lò.",
      category: { handle: "kho-say", name: "Đồ khô & sấy" },
      cooperative: {
        handle: "htx-son-tra-tram-tau",
        name: "HTX Sơn tra Đỉnh Mây Trạm Tấu",
      },
    })
  })

  it("uses the English metadata for en and falls back to Vietnamese where it is missing", () => {
    const product = toProduct(storeProduct(), "en", BACKEND, NOW)
    expect(product?.title).toBe("Dried táo mèo")
    expect(product?.subtitle).toBe("2025 harvest")
    expect(product?.description).toBe("Thái lát, sấy lò.")
    expect(product?.category?.name).toBe("Dried & preserved")
    expect(product?.origin?.story).toBe("Picked on the hill fields.")
    expect(product?.origin?.producerQuote).toBe("Quả chín mới hái.")
  })

  it("prices the product at its cheapest variant and lists the cheapest first, with stock", () => {
    const product = toProduct(storeProduct(), "vi", BACKEND, NOW)
    expect(product?.price).toBe(80000)
    expect(product?.variants).toEqual([
      {
        id: "v_1",
        title: "Túi 500 g",
        sku: "TM-500",
        price: 80000,
        stock: "low_stock",
      },
      {
        id: "v_2",
        title: "Túi 1 kg",
        sku: "TM-1000",
        price: 150000,
        stock: "in_stock",
      },
    ])
  })

  it("names variants in English where the variant has an English title", () => {
    const product = toProduct(storeProduct(), "en", BACKEND, NOW)
    expect(product?.variants.map((v) => v.title)).toEqual([
      "Túi 500 g",
      "1 kg bag",
    ])
  })

  it("drops unpriced variants and products with no price at all", () => {
    const partly = storeProduct({
      variants: [
        variant({ id: "v_1", title: "1 kg", amount: null }),
        variant({ id: "v_2", title: null, amount: 99999.6 }),
      ],
    })
    expect(toProduct(partly, "en", BACKEND, NOW)?.variants).toEqual([
      { id: "v_2", title: "Dried táo mèo", price: 100000 },
    ])
    const unpriced = storeProduct({
      variants: [variant({ id: "v_1", title: "1 kg", amount: null })],
    })
    expect(toProduct(unpriced, "vi", BACKEND, NOW)).toBeUndefined()
  })

  it("reads the origin: sorted harvest months, traceability code and certificate states", () => {
    const product = toProduct(storeProduct(), "vi", BACKEND, NOW)
    expect(product?.origin).toMatchObject({
      communeCode: "04606",
      provinceCode: "15",
      ethnicGroupCode: "mong",
      harvestMonths: [8, 9, 10],
      producerName: "Chị Mùa",
      traceabilityCode: "CP-04606-3FA2C1",
    })
    expect(
      product?.origin?.certifications.map((c) => [c.number, c.state])
    ).toEqual([
      ["OCOP-YB-2024-0187", "valid"],
      ["OCOP-YB-2021-0342", "expired"],
    ])
    expect(product?.origin?.certifications[0]?.ocopStars).toBe(4)
  })

  it("takes its pictures from the origin, with absolute URLs in ascending widths and localized alt", () => {
    const [image] = toProduct(storeProduct(), "en", BACKEND, NOW)?.images ?? []
    expect(image?.alt).toBe("Illustration: Dried táo mèo")
    expect(image?.url).toBe("http://localhost:9000/static/tao-meo-1280.webp")
    expect(image?.webp.map((source) => source.width)).toEqual([320, 640, 1280])
    expect(image?.avif).toEqual([
      { width: 320, url: "http://localhost:9000/static/tao-meo-320.avif" },
    ])
  })

  it("leaves out empty texts, a missing thumbnail and a missing origin", () => {
    const product = toProduct(
      storeProduct({
        subtitle: "  ",
        thumbnail: null,
        metadata: null,
        origin: null,
        cooperative: null,
        categories: [],
      }),
      "en",
      BACKEND,
      NOW
    )
    expect(product?.title).toBe("Táo mèo sấy")
    expect(product?.subtitle).toBeUndefined()
    expect(product?.thumbnail).toBeUndefined()
    expect(product?.origin).toBeUndefined()
    expect(product?.cooperative).toBeUndefined()
    expect(product?.category).toBeUndefined()
    expect(product?.images).toEqual([])
  })

  it("turns a relative thumbnail into a URL on the backend", () => {
    const relative = toProduct(
      storeProduct({ thumbnail: "/static/gao.jpg" }),
      "vi",
      BACKEND,
      NOW
    )
    expect(relative?.thumbnail).toBe("http://localhost:9000/static/gao.jpg")
    const absolute = toProduct(
      storeProduct({ thumbnail: "https://cdn.example.com/gao.jpg" }),
      "vi",
      BACKEND,
      NOW
    )
    expect(absolute?.thumbnail).toBe("https://cdn.example.com/gao.jpg")
  })
})

describe("stockState", () => {
  const withStock = (fields: Record<string, unknown>) =>
    fields as unknown as HttpTypes.StoreProductVariant

  it("is out of stock at zero or less, low up to the threshold, in stock above", () => {
    expect(stockState(withStock({ inventory_quantity: 0 }))).toBe(
      "out_of_stock"
    )
    expect(stockState(withStock({ inventory_quantity: -2 }))).toBe(
      "out_of_stock"
    )
    expect(
      stockState(withStock({ inventory_quantity: LOW_STOCK_THRESHOLD }))
    ).toBe("low_stock")
    expect(
      stockState(withStock({ inventory_quantity: LOW_STOCK_THRESHOLD + 1 }))
    ).toBe("in_stock")
  })

  it("is in stock when stock is not tracked or backorders are allowed", () => {
    expect(
      stockState(withStock({ manage_inventory: false, inventory_quantity: 0 }))
    ).toBe("in_stock")
    expect(
      stockState(withStock({ allow_backorder: true, inventory_quantity: 0 }))
    ).toBe("in_stock")
  })

  it("is unknown when the store API sends no quantity", () => {
    expect(stockState(withStock({ manage_inventory: true }))).toBeUndefined()
  })
})
