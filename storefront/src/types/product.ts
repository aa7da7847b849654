/** One way a product is sold (a 500 g bag, a 1 kg bag…), priced in integer đồng. */
export type ProductVariant = {
  id: string
  title: string
  price: number
}

/** A product as the storefront shows it, already in the page's language. */
export type Product = {
  id: string
  handle: string
  title: string
  subtitle?: string
  description?: string
  /** Absolute URL of the product photo. */
  thumbnail?: string
  /** Where it comes from, e.g. "Xã Trạm Tấu, Lào Cai". */
  origin?: string
  /** The lowest variant price, in đồng. */
  price: number
  variants: ProductVariant[]
}
