import type { HttpTypes } from "@medusajs/types"

import { toProduct } from "../product-adapter"

const BACKEND = "http://localhost:9000"

const variant = (
  id: string,
  title: string | null,
  amount: number | null,
  titleEn?: string
): HttpTypes.StoreProductVariant =>
  ({
    id,
    title,
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

const storeProduct = (
  overrides: Partial<HttpTypes.StoreProduct> = {}
): HttpTypes.StoreProduct =>
  ({
    id: "prod_1",
    handle: "gao-nep-cai-hoa-vang",
    title: "Gạo nếp cái hoa vàng",
    subtitle: "Vụ mùa 2024",
    description: "Hạt tròn, dẻo thơm.",
    thumbnail: null,
    metadata: {
      title_en: "Yellow-flower sticky rice",
      subtitle_en: "2024 harvest",
      origin: "Xã Trạm Tấu, Lào Cai",
      origin_en: "Trạm Tấu commune, Lào Cai",
    },
    variants: [
      variant("v_2", "Túi 2 kg", 150000, "2 kg bag"),
      variant("v_1", "Túi 1 kg", 80000),
    ],
    ...overrides,
  }) as unknown as HttpTypes.StoreProduct

describe("toProduct", () => {
  it("keeps the Vietnamese texts for vi", () => {
    const product = toProduct(storeProduct(), "vi", BACKEND)
    expect(product).toMatchObject({
      id: "prod_1",
      handle: "gao-nep-cai-hoa-vang",
      title: "Gạo nếp cái hoa vàng",
      subtitle: "Vụ mùa 2024",
      description: "Hạt tròn, dẻo thơm.",
      origin: "Xã Trạm Tấu, Lào Cai",
    })
  })

  it("uses the English metadata for en and falls back to Vietnamese where it is missing", () => {
    const product = toProduct(storeProduct(), "en", BACKEND)
    expect(product?.title).toBe("Yellow-flower sticky rice")
    expect(product?.subtitle).toBe("2024 harvest")
    expect(product?.origin).toBe("Trạm Tấu commune, Lào Cai")
    expect(product?.description).toBe("Hạt tròn, dẻo thơm.")
  })

  it("prices the product at its cheapest variant and lists the cheapest first", () => {
    const product = toProduct(storeProduct(), "vi", BACKEND)
    expect(product?.price).toBe(80000)
    expect(product?.variants).toEqual([
      { id: "v_1", title: "Túi 1 kg", price: 80000 },
      { id: "v_2", title: "Túi 2 kg", price: 150000 },
    ])
  })

  it("names variants in English where the variant has an English title", () => {
    const product = toProduct(storeProduct(), "en", BACKEND)
    expect(product?.variants.map((v) => v.title)).toEqual([
      "Túi 1 kg",
      "2 kg bag",
    ])
  })

  it("drops unpriced variants and products with no price at all", () => {
    const partly = storeProduct({
      variants: [variant("v_1", "1 kg", null), variant("v_2", null, 99999.6)],
    })
    expect(toProduct(partly, "en", BACKEND)?.variants).toEqual([
      { id: "v_2", title: "Yellow-flower sticky rice", price: 100000 },
    ])
    const unpriced = storeProduct({ variants: [variant("v_1", "1 kg", null)] })
    expect(toProduct(unpriced, "vi", BACKEND)).toBeUndefined()
  })

  it("leaves out empty texts and a missing thumbnail", () => {
    const product = toProduct(
      storeProduct({ subtitle: "  ", thumbnail: null, metadata: null }),
      "en",
      BACKEND
    )
    expect(product?.title).toBe("Gạo nếp cái hoa vàng")
    expect(product?.subtitle).toBeUndefined()
    expect(product?.origin).toBeUndefined()
    expect(product?.thumbnail).toBeUndefined()
  })

  it("turns a relative thumbnail into a URL on the backend", () => {
    const relative = toProduct(
      storeProduct({ thumbnail: "/static/gao.jpg" }),
      "vi",
      BACKEND
    )
    expect(relative?.thumbnail).toBe("http://localhost:9000/static/gao.jpg")
    const absolute = toProduct(
      storeProduct({ thumbnail: "https://cdn.example.com/gao.jpg" }),
      "vi",
      BACKEND
    )
    expect(absolute?.thumbnail).toBe("https://cdn.example.com/gao.jpg")
  })
})
