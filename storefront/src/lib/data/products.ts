import "server-only"

import type { HttpTypes } from "@medusajs/types"

import type { Locale } from "@/i18n/routing"
import type { Product } from "@/types/product"

import { backendUrl } from "./config"
import { toProduct } from "./product-adapter"
import { getVndRegion } from "./regions"
import { CATALOGUE_REVALIDATE_SECONDS, storeFetch } from "./store-fetch"
import type { StoreProductWithOrigin } from "./store-types"

// Only what the product page renders; Medusa's default fields are many and slow. The store API
// (2.21) leaves out a variant's metadata, which holds its English title, unless the variants are
// asked for whole (`*variants`). Stock needs the publishable key's sales channel, which the SDK
// sends. Origin and cooperative come from the cooperative plugin's links.
const DETAIL_FIELDS = [
  "id",
  "title",
  "handle",
  "subtitle",
  "description",
  "thumbnail",
  "metadata",
  "*variants",
  "*variants.calculated_price",
  "variants.inventory_quantity",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "*categories",
  "*cooperative",
  "*origin",
  "*origin.certifications",
].join(",")

/** One product by its handle, or undefined when there is none (or it has no price). */
export const getProductByHandle = async (
  handle: string,
  locale: Locale
): Promise<Product | undefined> => {
  const region = await getVndRegion()
  const { products } = await storeFetch<
    Omit<HttpTypes.StoreProductListResponse, "products"> & {
      products: StoreProductWithOrigin[]
    }
  >("/store/products", {
    query: { handle, fields: DETAIL_FIELDS, limit: 1, region_id: region.id },
    tags: ["products"],
    revalidate: CATALOGUE_REVALIDATE_SECONDS,
  })
  const [product] = products
  return product
    ? toProduct(product, locale, backendUrl(), new Date())
    : undefined
}
