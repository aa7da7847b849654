import "server-only"

import type { Locale } from "@/i18n/routing"
import { monthInVietnam } from "@/lib/util/dates"
import { CATALOGUE_PAGE_SIZE } from "@/lib/util/search-params"
import type {
  CatalogueFacets,
  CatalogueFilters,
  CatalogueItem,
  CataloguePage,
  CatalogueQuery,
} from "@/types/catalogue"

import { toCataloguePage, toCatalogueRequest } from "./catalogue-adapter"
import { backendUrl } from "./config"
import { CATALOGUE_REVALIDATE_SECONDS, storeFetch } from "./store-fetch"
import type { StoreCatalogueResponse } from "./store-types"

const fetchCatalogue = (query: Record<string, string | number>) =>
  storeFetch<StoreCatalogueResponse>("/store/catalogue", {
    query,
    tags: ["catalogue", "products", "cooperatives"],
    revalidate: CATALOGUE_REVALIDATE_SECONDS,
  })

/** One page of the catalogue (24 products) for a validated query, with the filter menus. */
export const getCatalogue = async (
  query: CatalogueQuery,
  locale: Locale
): Promise<CataloguePage> =>
  toCataloguePage(
    await fetchCatalogue(toCatalogueRequest(query, CATALOGUE_PAGE_SIZE)),
    locale,
    backendUrl()
  )

/** A home-page shelf: the newest few products that pass `filters`, and how many there are. */
export const getShelf = async (
  filters: CatalogueFilters,
  locale: Locale,
  size: number
): Promise<{ items: CatalogueItem[]; count: number }> => {
  const page = toCataloguePage(
    await fetchCatalogue(toCatalogueRequest({ ...filters, page: 1 }, size)),
    locale,
    backendUrl()
  )
  return { items: page.items, count: page.count }
}

/** The products harvested this month (in Vietnam), for the home page's seasonal shelf. */
export const getInSeasonShelf = async (
  locale: Locale,
  size: number
): Promise<{ month: number; items: CatalogueItem[]; count: number }> => {
  const month = monthInVietnam(new Date())
  return { month, ...(await getShelf({ harvestMonth: month }, locale, size)) }
}

/** The whole catalogue's filter menus (provinces, categories, certificates) with counts. */
export const getCatalogueFacets = async (
  locale: Locale
): Promise<CatalogueFacets> => {
  const response = await fetchCatalogue(toCatalogueRequest({ page: 1 }, 1))
  return toCataloguePage(response, locale, backendUrl()).facets
}
