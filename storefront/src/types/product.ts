import type { Certification } from "./certification"
import type { Picture } from "./image"

export type StockState = "in_stock" | "low_stock" | "out_of_stock"

/** One way a product is sold (a 500 g bag, a 1 kg bag…), priced in integer đồng. */
export type ProductVariant = {
  id: string
  title: string
  sku?: string
  price: number
  /** Unknown when the store API does not say. */
  stock?: StockState
}

/** Where a product comes from and who made it; texts in the page's language. */
export type ProductOrigin = {
  communeCode: string
  provinceCode: string
  ethnicGroupCode: string
  /** 1–12, in calendar order. */
  harvestMonths: number[]
  story?: string
  producerQuote?: string
  producerName?: string
  traceabilityCode: string
  certifications: Certification[]
}

/** A product as its page shows it, already in the page's language. */
export type Product = {
  id: string
  handle: string
  title: string
  subtitle?: string
  description?: string
  /** Its pictures, pre-rendered by the backend; empty when it has none. */
  images: Picture[]
  /** Medusa's plain thumbnail URL, for when there is no picture set. */
  thumbnail?: string
  /** The lowest variant price, in đồng. */
  price: number
  variants: ProductVariant[]
  category?: { handle: string; name: string }
  cooperative?: { handle: string; name: string }
  origin?: ProductOrigin
}
