import type { Product, StockState } from "@/types/product"

type ProductJsonLdInput = {
  product: Product
  /** Absolute address of the product page. */
  url: string
  imageUrls: string[]
  cooperative?: { name: string; url: string }
}

const AVAILABILITY: Record<StockState, string> = {
  in_stock: "https://schema.org/InStock",
  low_stock: "https://schema.org/LimitedAvailability",
  out_of_stock: "https://schema.org/OutOfStock",
}

/** schema.org Product with one Offer per variant, priced in đồng. */
export const productJsonLd = ({
  product,
  url,
  imageUrls,
  cooperative,
}: ProductJsonLdInput): Record<string, unknown> => {
  const organization = cooperative
    ? { "@type": "Organization", name: cooperative.name, url: cooperative.url }
    : undefined
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    ...(product.description || product.subtitle
      ? { description: product.description ?? product.subtitle }
      : {}),
    ...(imageUrls.length > 0 ? { image: imageUrls } : {}),
    ...(product.variants[0]?.sku ? { sku: product.variants[0].sku } : {}),
    url,
    ...(organization
      ? { brand: organization, manufacturer: organization }
      : {}),
    countryOfOrigin: { "@type": "Country", name: "VN" },
    offers: product.variants.map((variant) => ({
      "@type": "Offer",
      name: variant.title,
      ...(variant.sku ? { sku: variant.sku } : {}),
      price: variant.price,
      priceCurrency: "VND",
      ...(variant.stock ? { availability: AVAILABILITY[variant.stock] } : {}),
      url,
    })),
  }
}

/** JSON for a <script type="application/ld+json">: no "</script>" can close it early. */
export const serializeJsonLd = (data: Record<string, unknown>): string =>
  JSON.stringify(data).replace(/</g, "\\u003c")
