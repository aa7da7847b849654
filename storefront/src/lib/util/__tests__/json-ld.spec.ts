import type { Product } from "@/types/product"

import { productJsonLd, serializeJsonLd } from "../json-ld"

const product: Product = {
  id: "prod_1",
  handle: "tao-meo-say",
  title: "Táo mèo sấy",
  description: "Thái lát, sấy lò.",
  images: [],
  price: 80000,
  variants: [
    {
      id: "v_1",
      title: "500 g",
      sku: "TM-500",
      price: 80000,
      stock: "in_stock",
    },
    { id: "v_2", title: "1 kg", price: 150000, stock: "out_of_stock" },
  ],
}

describe("productJsonLd", () => {
  it("describes the product, its maker and one offer per variant in VND", () => {
    const data = productJsonLd({
      product,
      url: "https://chophien.vn/products/tao-meo-say",
      imageUrls: ["https://cdn.example/tao-meo.webp"],
      cooperative: {
        name: "HTX Sơn tra",
        url: "https://chophien.vn/cooperatives/htx-son-tra",
      },
    })
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Product",
      name: "Táo mèo sấy",
      description: "Thái lát, sấy lò.",
      image: ["https://cdn.example/tao-meo.webp"],
      sku: "TM-500",
      brand: { "@type": "Organization", name: "HTX Sơn tra" },
      manufacturer: { "@type": "Organization", name: "HTX Sơn tra" },
      countryOfOrigin: { "@type": "Country", name: "VN" },
      offers: [
        {
          "@type": "Offer",
          price: 80000,
          priceCurrency: "VND",
          availability: "https://schema.org/InStock",
          sku: "TM-500",
        },
        {
          price: 150000,
          priceCurrency: "VND",
          availability: "https://schema.org/OutOfStock",
        },
      ],
    })
  })

  it("leaves out what it does not know", () => {
    const data = productJsonLd({
      product: { ...product, description: undefined, variants: [] },
      url: "https://chophien.vn/products/x",
      imageUrls: [],
    })
    expect(data).not.toHaveProperty("description")
    expect(data).not.toHaveProperty("image")
    expect(data).not.toHaveProperty("brand")
    expect(data).not.toHaveProperty("sku")
  })
})

describe("serializeJsonLd", () => {
  it("cannot close the script element early", () => {
    const text = serializeJsonLd({ name: "</script><script>alert(1)</script>" })
    expect(text).not.toContain("<")
    expect(JSON.parse(text)).toEqual({
      name: "</script><script>alert(1)</script>",
    })
  })
})
