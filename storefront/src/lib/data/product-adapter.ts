import type { HttpTypes } from "@medusajs/types"

import type { Locale } from "@/i18n/routing"
import type { Product, ProductVariant } from "@/types/product"

/**
 * The only place that knows Medusa's product shape: everything past here sees our `Product`.
 *
 * Vietnamese texts are the product's own fields; English ones live in its metadata
 * (`title_en`, `subtitle_en`, `description_en`, `origin_en`; a variant's `title_en`) and fall
 * back to Vietnamese.
 */

type Metadata = Record<string, unknown> | null | undefined

const text = (value: unknown): string | undefined => {
  if (typeof value !== "string") {
    return undefined
  }
  const trimmed = value.trim()
  return trimmed === "" ? undefined : trimmed
}

const localized = (
  locale: Locale,
  vietnamese: unknown,
  metadata: Metadata,
  englishKey: string
): string | undefined =>
  (locale === "en" ? text(metadata?.[englishKey]) : undefined) ??
  text(vietnamese)

/** Medusa may hand back a relative path for uploaded files; the browser needs a full URL. */
const absoluteUrl = (
  value: string | null | undefined,
  base: string
): string | undefined => {
  const path = text(value)
  if (!path) {
    return undefined
  }
  try {
    return new URL(path, base.endsWith("/") ? base : `${base}/`).toString()
  } catch {
    return undefined
  }
}

const toVariant = (
  variant: HttpTypes.StoreProductVariant,
  locale: Locale,
  fallbackTitle: string
): ProductVariant | undefined => {
  const amount = variant.calculated_price?.calculated_amount
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    return undefined
  }
  return {
    id: variant.id,
    title:
      localized(locale, variant.title, variant.metadata, "title_en") ??
      fallbackTitle,
    price: Math.round(amount),
  }
}

/**
 * Reshapes a store product for one language. Returns undefined for a product with no variant
 * priced in the region: it cannot be bought, so the storefront does not show it.
 */
export const toProduct = (
  product: HttpTypes.StoreProduct,
  locale: Locale,
  backendUrl: string
): Product | undefined => {
  const metadata = product.metadata
  const title =
    localized(locale, product.title, metadata, "title_en") ?? product.handle
  const variants = (product.variants ?? [])
    .map((variant) => toVariant(variant, locale, title))
    .filter((variant): variant is ProductVariant => variant !== undefined)
    // Cheapest (usually smallest) first: the store API returns variants in no useful order.
    .sort((a, b) => a.price - b.price)
  const cheapest = variants[0]
  if (!cheapest) {
    return undefined
  }
  return {
    id: product.id,
    handle: product.handle,
    title,
    subtitle: localized(locale, product.subtitle, metadata, "subtitle_en"),
    description: localized(
      locale,
      product.description,
      metadata,
      "description_en"
    ),
    thumbnail: absoluteUrl(product.thumbnail, backendUrl),
    origin: localized(locale, metadata?.origin, metadata, "origin_en"),
    price: cheapest.price,
    variants,
  }
}
