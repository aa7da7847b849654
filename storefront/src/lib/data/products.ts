import "server-only"

import type { HttpTypes } from "@medusajs/types"
import { connection } from "next/server"

import type { Locale } from "@/i18n/routing"
import type { Product } from "@/types/product"

import { backendUrl, sdk } from "./config"
import { toProduct } from "./product-adapter"
import { getVndRegion } from "./regions"

const PRODUCTS_REVALIDATE_SECONDS = 60
const HOME_PAGE_SIZE = 24

// Only what the pages render: metadata carries the English texts and the origin. The product
// page asks for `variants.*` because the store API (2.21) leaves out a variant's metadata, which
// holds its English title, when `variants.metadata` is asked for by name.
const LIST_FIELDS =
  "id,title,handle,thumbnail,subtitle,metadata,variants.id,*variants.calculated_price"
const DETAIL_FIELDS =
  "id,title,handle,thumbnail,subtitle,description,metadata,variants.*,*variants.calculated_price"

const fetchProducts = async (
  query: Record<string, string | number>
): Promise<HttpTypes.StoreProduct[]> => {
  // Data is only ever fetched for a real request, so `next build` needs no backend.
  await connection()
  const region = await getVndRegion()
  const { products } =
    await sdk().client.fetch<HttpTypes.StoreProductListResponse>(
      "/store/products",
      {
        query: { ...query, region_id: region.id },
        cache: "force-cache",
        next: { tags: ["products"], revalidate: PRODUCTS_REVALIDATE_SECONDS },
      }
    )
  return products
}

/** The products on the home page, newest first, in the page's language. */
export const listProducts = async (locale: Locale): Promise<Product[]> => {
  const products = await fetchProducts({
    fields: LIST_FIELDS,
    limit: HOME_PAGE_SIZE,
    order: "-created_at",
  })
  const base = backendUrl()
  return products
    .map((product) => toProduct(product, locale, base))
    .filter((product): product is Product => product !== undefined)
}

/** One product by its handle, or undefined when there is none (or it has no price). */
export const getProductByHandle = async (
  handle: string,
  locale: Locale
): Promise<Product | undefined> => {
  const [product] = await fetchProducts({
    handle,
    fields: DETAIL_FIELDS,
    limit: 1,
  })
  return product ? toProduct(product, locale, backendUrl()) : undefined
}
