import type { HttpTypes } from "@medusajs/types"

import type { Locale } from "@/i18n/routing"
import type {
  Product,
  ProductOrigin,
  ProductVariant,
  StockState,
} from "@/types/product"

import { absoluteUrl, localizedFromMetadata, pick, text } from "./adapter-utils"
import { toCertification } from "./cooperative-adapter"
import { toPictures } from "./picture-adapter"
import type { StoreProductOrigin, StoreProductWithOrigin } from "./store-types"

/**
 * The only place that knows Medusa's product shape: everything past here sees our `Product`.
 *
 * Vietnamese texts are the product's own fields; English ones live in its metadata
 * (`title_en`, `subtitle_en`, `description_en`; a variant's `title_en`; a category's `name_en`)
 * and fall back to Vietnamese. Origin texts come in both languages from the cooperative plugin.
 */

/** At or below this many units a variant shows as "only a few left". */
export const LOW_STOCK_THRESHOLD = 10

type StoreVariant = HttpTypes.StoreProductVariant & {
  inventory_quantity?: number | null
}

/**
 * In stock, low or out, from what the store API says. A variant whose stock is not tracked, or
 * that may be ordered on backorder, can always be bought; without a quantity we cannot tell.
 */
export const stockState = (variant: StoreVariant): StockState | undefined => {
  if (variant.manage_inventory === false || variant.allow_backorder === true) {
    return "in_stock"
  }
  const quantity = variant.inventory_quantity
  if (typeof quantity !== "number" || !Number.isFinite(quantity)) {
    return undefined
  }
  if (quantity <= 0) {
    return "out_of_stock"
  }
  return quantity <= LOW_STOCK_THRESHOLD ? "low_stock" : "in_stock"
}

const toVariant = (
  variant: StoreVariant,
  locale: Locale,
  fallbackTitle: string
): ProductVariant | undefined => {
  const amount = variant.calculated_price?.calculated_amount
  if (typeof amount !== "number" || !Number.isFinite(amount)) {
    return undefined
  }
  const sku = text(variant.sku)
  const stock = stockState(variant)
  return {
    id: variant.id,
    title:
      localizedFromMetadata(
        locale,
        variant.title,
        variant.metadata,
        "title_en"
      ) ?? fallbackTitle,
    ...(sku ? { sku } : {}),
    price: Math.round(amount),
    ...(stock ? { stock } : {}),
  }
}

const toOrigin = (
  origin: StoreProductOrigin,
  locale: Locale,
  now: Date
): ProductOrigin => {
  const story = pick(locale, origin.story_vi, origin.story_en)
  const producerQuote = pick(
    locale,
    origin.producer_quote_vi,
    origin.producer_quote_en
  )
  const producerName = text(origin.producer_name)
  return {
    communeCode: origin.commune_code,
    provinceCode: origin.province_code,
    ethnicGroupCode: origin.ethnic_group,
    harvestMonths: [...new Set(origin.harvest_months ?? [])]
      .filter((month) => Number.isInteger(month) && month >= 1 && month <= 12)
      .sort((a, b) => a - b),
    ...(story ? { story } : {}),
    ...(producerQuote ? { producerQuote } : {}),
    ...(producerName ? { producerName } : {}),
    traceabilityCode: origin.traceability_code,
    certifications: (origin.certifications ?? []).map((certificate) =>
      toCertification(certificate, now)
    ),
  }
}

/**
 * Reshapes a store product for one language; `now` decides its certificates' states. Returns
 * undefined for a product with no variant priced in the region: it cannot be bought, so the
 * storefront does not show it.
 */
export const toProduct = (
  product: StoreProductWithOrigin,
  locale: Locale,
  backendUrl: string,
  now: Date
): Product | undefined => {
  const metadata = product.metadata
  const title =
    localizedFromMetadata(locale, product.title, metadata, "title_en") ??
    product.handle
  const variants = (product.variants ?? [])
    .map((variant) => toVariant(variant, locale, title))
    .filter((variant): variant is ProductVariant => variant !== undefined)
    // Cheapest (usually smallest) first: the store API returns variants in no useful order.
    .sort((a, b) => a.price - b.price)
  const cheapest = variants[0]
  if (!cheapest) {
    return undefined
  }
  const subtitle = localizedFromMetadata(
    locale,
    product.subtitle,
    metadata,
    "subtitle_en"
  )
  const description = localizedFromMetadata(
    locale,
    product.description,
    metadata,
    "description_en"
  )
  const thumbnail = absoluteUrl(product.thumbnail, backendUrl)
  const category = product.categories?.[0]
  const cooperative = product.cooperative
  return {
    id: product.id,
    handle: product.handle,
    title,
    ...(subtitle ? { subtitle } : {}),
    ...(description ? { description } : {}),
    images: toPictures(product.origin?.images, locale, backendUrl),
    ...(thumbnail ? { thumbnail } : {}),
    price: cheapest.price,
    variants,
    ...(category
      ? {
          category: {
            handle: category.handle,
            name:
              localizedFromMetadata(
                locale,
                category.name,
                category.metadata,
                "name_en"
              ) ?? category.handle,
          },
        }
      : {}),
    ...(cooperative
      ? { cooperative: { handle: cooperative.handle, name: cooperative.name } }
      : {}),
    ...(product.origin
      ? { origin: toOrigin(product.origin, locale, now) }
      : {}),
  }
}
