import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  ProductStatus,
  QueryContext,
} from "@medusajs/framework/utils"

import type {
  CertificationType,
  ImageSet,
} from "../../../modules/cooperative/types"
import { VN_ADMIN_MODULE } from "../../../modules/vn-admin"
import type VnAdminModuleService from "../../../modules/vn-admin/service"
import { placeNames } from "./present"
import type { CatalogueFacets, CatalogueProduct } from "./types"

export const CATALOGUE_SORTS = [
  "newest",
  "price_asc",
  "price_desc",
  "title",
] as const
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number]

export type CatalogueFilters = {
  province?: string
  category?: string
  certification?: CertificationType
  ocop_min?: number
  price_min?: number
  price_max?: number
  harvest_month?: number
  cooperative?: string
}

type OriginRow = {
  id: string
  commune_code: string
  harvest_months: number[] | null
  images: ImageSet[] | null
  certifications?: {
    type: CertificationType
    ocop_stars: number | null
    expires_at: Date | string | null
  }[]
  product?: { id: string } | null
}

type CooperativeRow = {
  id: string
  handle: string
  name: string
  origins?: OriginRow[]
}

type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  created_at: Date | string
  metadata: Record<string, unknown> | null
  categories?: {
    handle: string
    name: string
    metadata: Record<string, unknown> | null
  }[]
  sales_channels?: { id: string }[]
  variants?: {
    id: string
    calculated_price?: { calculated_amount: number | null } | null
  }[]
}

const text = (value: unknown): string | null =>
  typeof value === "string" && value.length > 0 ? value : null

const isValid = (expiresAt: Date | string | null, now: number): boolean =>
  expiresAt === null || new Date(expiresAt).getTime() > now

/**
 * Every product buyers may see, with what the catalogue filters and shows: its cooperative (active
 * ones only), origin, valid certificates, category and lowest price in đồng. Reads the module and
 * Medusa's product module through Query; filtering, facets and sorting happen on this list.
 * Full-text search and large catalogues are the search module's job.
 */
export const loadVisibleCatalogue = async (
  scope: MedusaContainer,
  options: { salesChannelIds: string[]; cooperativeHandle?: string }
): Promise<CatalogueProduct[]> => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const vnAdmin = scope.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  const now = Date.now()

  const { data: cooperatives } = (await query.graph({
    entity: "cooperative",
    fields: [
      "id",
      "handle",
      "name",
      "origins.id",
      "origins.commune_code",
      "origins.harvest_months",
      "origins.images",
      "origins.certifications.type",
      "origins.certifications.ocop_stars",
      "origins.certifications.expires_at",
      "origins.product.id",
    ],
    filters: {
      status: "active",
      ...(options.cooperativeHandle
        ? { handle: options.cooperativeHandle }
        : {}),
    },
  })) as { data: CooperativeRow[] }

  const entries = new Map<
    string,
    { cooperative: CooperativeRow; origin: OriginRow }
  >()
  for (const cooperative of cooperatives) {
    for (const origin of cooperative.origins ?? []) {
      if (origin.product?.id) {
        entries.set(origin.product.id, { cooperative, origin })
      }
    }
  }
  if (entries.size === 0) {
    return []
  }

  const { data: products } = (await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "subtitle",
      "created_at",
      "metadata",
      "categories.handle",
      "categories.name",
      "categories.metadata",
      "sales_channels.id",
      "variants.id",
      "variants.calculated_price.calculated_amount",
    ],
    filters: { id: [...entries.keys()], status: ProductStatus.PUBLISHED },
    context: {
      variants: {
        calculated_price: QueryContext({ currency_code: "vnd" }),
      },
    },
  })) as { data: ProductRow[] }

  const channels = new Set(options.salesChannelIds)
  const result: CatalogueProduct[] = []
  for (const product of products) {
    const entry = entries.get(product.id)
    const inChannel =
      channels.size === 0 ||
      (product.sales_channels ?? []).some((channel) => channels.has(channel.id))
    const prices = (product.variants ?? []).flatMap((variant) => {
      const amount = variant.calculated_price?.calculated_amount
      return typeof amount === "number" ? [amount] : []
    })
    if (!entry || !inChannel || prices.length === 0) {
      continue
    }
    const { cooperative, origin } = entry
    const validCertificates = (origin.certifications ?? []).filter((c) =>
      isValid(c.expires_at, now)
    )
    const stars = validCertificates
      .filter((c) => c.type === "OCOP" && c.ocop_stars !== null)
      .map((c) => c.ocop_stars ?? 0)
    const category = product.categories?.[0]
    const places = placeNames(vnAdmin, origin.commune_code)
    result.push({
      id: product.id,
      handle: product.handle,
      title: product.title,
      title_en: text(product.metadata?.title_en) ?? product.title,
      subtitle: product.subtitle,
      subtitle_en: text(product.metadata?.subtitle_en),
      thumbnail: origin.images?.[0] ?? null,
      price: Math.min(...prices),
      cooperative: { handle: cooperative.handle, name: cooperative.name },
      province_code: places.province_code,
      province_name: places.province_name,
      province_name_en: places.province_name_en,
      commune_name: places.commune_name,
      commune_name_en: places.commune_name_en,
      category: category
        ? {
            handle: category.handle,
            name_vi: category.name,
            name_en: text(category.metadata?.name_en) ?? category.name,
          }
        : null,
      ocop_stars: stars.length > 0 ? Math.max(...stars) : null,
      certification_types: [...new Set(validCertificates.map((c) => c.type))],
      harvest_months: origin.harvest_months ?? [],
      created_at: new Date(product.created_at).toISOString(),
    })
  }
  return result
}

type FilterKey = keyof CatalogueFilters

const matches = (
  product: CatalogueProduct,
  filters: CatalogueFilters,
  ignore?: FilterKey
): boolean => {
  const active = (key: FilterKey) =>
    key !== ignore && filters[key] !== undefined
  if (active("province") && product.province_code !== filters.province) {
    return false
  }
  if (active("category") && product.category?.handle !== filters.category) {
    return false
  }
  if (
    active("certification") &&
    !product.certification_types.includes(
      filters.certification as CertificationType
    )
  ) {
    return false
  }
  if (
    active("ocop_min") &&
    (product.ocop_stars ?? 0) < (filters.ocop_min ?? 0)
  ) {
    return false
  }
  if (active("price_min") && product.price < (filters.price_min ?? 0)) {
    return false
  }
  if (
    active("price_max") &&
    product.price > (filters.price_max ?? Number.MAX_SAFE_INTEGER)
  ) {
    return false
  }
  if (
    active("harvest_month") &&
    !product.harvest_months.includes(filters.harvest_month ?? 0)
  ) {
    return false
  }
  if (
    active("cooperative") &&
    product.cooperative.handle !== filters.cooperative
  ) {
    return false
  }
  return true
}

const compare: Record<
  CatalogueSort,
  (a: CatalogueProduct, b: CatalogueProduct) => number
> = {
  newest: (a, b) =>
    b.created_at.localeCompare(a.created_at) ||
    a.handle.localeCompare(b.handle),
  price_asc: (a, b) => a.price - b.price || a.handle.localeCompare(b.handle),
  price_desc: (a, b) => b.price - a.price || a.handle.localeCompare(b.handle),
  title: (a, b) => a.title.localeCompare(b.title, "vi"),
}

const countBy = <K extends string>(
  products: CatalogueProduct[],
  keysOf: (product: CatalogueProduct) => K[]
): Map<K, number> => {
  const counts = new Map<K, number>()
  for (const product of products) {
    for (const key of keysOf(product)) {
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return counts
}

/** Filters, facets, sort and page of the visible catalogue. */
export const queryCatalogue = (
  products: CatalogueProduct[],
  filters: CatalogueFilters,
  page: { sort: CatalogueSort; limit: number; offset: number }
) => {
  const matching = products
    .filter((product) => matches(product, filters))
    .sort(compare[page.sort])

  const provinces = new Map<string, CatalogueProduct>()
  const categories = new Map<
    string,
    NonNullable<CatalogueProduct["category"]>
  >()
  for (const product of products) {
    provinces.set(product.province_code, product)
    if (product.category) {
      categories.set(product.category.handle, product.category)
    }
  }
  const provinceCounts = countBy(
    products.filter((p) => matches(p, filters, "province")),
    (p) => [p.province_code]
  )
  const categoryCounts = countBy(
    products.filter((p) => matches(p, filters, "category")),
    (p) => (p.category ? [p.category.handle] : [])
  )
  const certificationCounts = countBy(
    products.filter((p) => matches(p, filters, "certification")),
    (p) => p.certification_types
  )
  const facets: CatalogueFacets = {
    provinces: [...provinces.values()]
      .map((p) => ({
        code: p.province_code,
        name: p.province_name,
        name_en: p.province_name_en,
        count: provinceCounts.get(p.province_code) ?? 0,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
    categories: [...categories.values()]
      .map((c) => ({ ...c, count: categoryCounts.get(c.handle) ?? 0 }))
      .sort((a, b) => a.name_vi.localeCompare(b.name_vi, "vi")),
    certifications: [...certificationCounts.entries()]
      .map(([type, count]) => ({ type, count }))
      .sort((a, b) => a.type.localeCompare(b.type)),
  }

  return {
    products: matching.slice(page.offset, page.offset + page.limit),
    count: matching.length,
    offset: page.offset,
    limit: page.limit,
    facets,
  }
}
