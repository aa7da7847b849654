import type { Locale } from "@/i18n/routing"
import type {
  CatalogueFacets,
  CatalogueItem,
  CataloguePage,
  CatalogueQuery,
} from "@/types/catalogue"
import type { OcopStars } from "@/types/certification"

import { pick, text } from "./adapter-utils"
import { toPicture } from "./picture-adapter"
import type {
  StoreCatalogueFacets,
  StoreCatalogueProduct,
  StoreCatalogueResponse,
} from "./store-types"

export const toOcopStars = (
  value: number | null | undefined
): OcopStars | null =>
  value === 3 || value === 4 || value === 5 ? value : null

/** One catalogue product in the page's language. */
export const toCatalogueItem = (
  product: StoreCatalogueProduct,
  locale: Locale,
  backendUrl: string
): CatalogueItem => {
  const subtitle = pick(locale, product.subtitle, product.subtitle_en)
  const image = toPicture(product.thumbnail, locale, backendUrl)
  const category = product.category
    ? {
        handle: product.category.handle,
        name:
          pick(locale, product.category.name_vi, product.category.name_en) ??
          product.category.handle,
      }
    : undefined
  return {
    id: product.id,
    handle: product.handle,
    title: pick(locale, product.title, product.title_en) ?? product.handle,
    ...(subtitle ? { subtitle } : {}),
    ...(image ? { image } : {}),
    price: Math.round(product.price),
    cooperative: {
      handle: product.cooperative.handle,
      name: text(product.cooperative.name) ?? product.cooperative.handle,
    },
    provinceCode: product.province_code,
    provinceName:
      pick(locale, product.province_name, product.province_name_en) ?? "",
    communeName:
      pick(locale, product.commune_name, product.commune_name_en) ?? "",
    ...(category ? { category } : {}),
    ocopStars: toOcopStars(product.ocop_stars),
    certificationTypes: [...product.certification_types],
    harvestMonths: [...product.harvest_months].sort((a, b) => a - b),
  }
}

/** The filter menus' choices; names in the page's language, sorted as a reader would look. */
export const toCatalogueFacets = (
  facets: StoreCatalogueFacets,
  locale: Locale
): CatalogueFacets => {
  const byName = (a: { name: string }, b: { name: string }) =>
    a.name.localeCompare(b.name, locale)
  return {
    provinces: facets.provinces
      .map((province) => ({
        value: province.code,
        name: pick(locale, province.name, province.name_en) ?? province.code,
        count: province.count,
      }))
      .sort(byName),
    categories: facets.categories
      .map((category) => ({
        value: category.handle,
        name:
          pick(locale, category.name_vi, category.name_en) ?? category.handle,
        count: category.count,
      }))
      .sort(byName),
    certifications: facets.certifications.map((certification) => ({
      value: certification.type,
      count: certification.count,
    })),
  }
}

export const toCataloguePage = (
  response: StoreCatalogueResponse,
  locale: Locale,
  backendUrl: string
): CataloguePage => ({
  items: response.products.map((product) =>
    toCatalogueItem(product, locale, backendUrl)
  ),
  count: response.count,
  offset: response.offset,
  limit: response.limit,
  facets: toCatalogueFacets(response.facets, locale),
})

/** The query string GET /store/catalogue takes for one page of a catalogue query. */
export const toCatalogueRequest = (
  query: Partial<CatalogueQuery> & { cooperative?: string },
  pageSize: number
): Record<string, string | number> => {
  const entries: [string, string | number | undefined][] = [
    ["province", query.province],
    ["category", query.category],
    ["certification", query.certification],
    ["ocop_min", query.ocopMin],
    ["price_min", query.priceMin],
    ["price_max", query.priceMax],
    ["harvest_month", query.harvestMonth],
    ["cooperative", query.cooperative],
    ["sort", query.sort ?? "newest"],
    ["limit", pageSize],
    ["offset", ((query.page ?? 1) - 1) * pageSize],
  ]
  return Object.fromEntries(
    entries.filter(
      (entry): entry is [string, string | number] => entry[1] !== undefined
    )
  )
}
