import { readFileSync } from "node:fs"
import { join } from "node:path"

import { DEMO_PRODUCTS } from "../demo-products"

type Unit = {
  Code: string
  Name: string
  Wards: { Code: string; Name: string; FullName: string }[]
}

const units = JSON.parse(
  readFileSync(
    join(
      __dirname,
      "../../../plugins/cooperative-seller/data/vn-admin/units-2025.json"
    ),
    "utf8"
  )
) as Unit[]

describe("demo catalogue", () => {
  it("places every product in a real 2025 commune, named as the data names it", () => {
    for (const product of DEMO_PRODUCTS) {
      const province = units.find((p) =>
        p.Wards.some((w) => w.Code === product.origin_commune_code)
      )
      const commune = province?.Wards.find(
        (w) => w.Code === product.origin_commune_code
      )
      expect(commune).toBeDefined()
      expect(product.origin).toBe(`${commune?.FullName}, ${province?.Name}`)
    }
  })

  it("prices every variant in whole đồng, and no two products share a handle or SKU", () => {
    const prices = DEMO_PRODUCTS.flatMap((p) => p.variants.map((v) => v.price))
    expect(
      prices.every((price) => Number.isInteger(price) && price >= 1000)
    ).toBe(true)
    const handles = DEMO_PRODUCTS.map((p) => p.handle)
    const skus = DEMO_PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(handles).size).toBe(handles.length)
    expect(new Set(skus).size).toBe(skus.length)
  })

  it("tells every product in both languages", () => {
    for (const product of DEMO_PRODUCTS) {
      for (const text of [
        product.title_en,
        product.subtitle_en,
        product.description_en,
        product.origin_en,
      ]) {
        expect(text.trim().length).toBeGreaterThan(3)
      }
    }
  })
})
