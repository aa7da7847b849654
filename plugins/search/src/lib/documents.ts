import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  ProductStatus,
  QueryContext,
} from "@medusajs/framework/utils"
import {
  placeNames,
  presentEthnicGroup,
} from "@cho-phien/cooperative-seller/api/utils/catalogue/present"
import {
  VN_ADMIN_MODULE,
  type VnAdminModuleService,
} from "@cho-phien/cooperative-seller/modules/vn-admin"

import type { SearchDocument } from "../providers/types"

type ImageSet = { url: string; webp?: { width: number; url: string }[] }

type ProductRow = {
  id: string
  handle: string
  title: string
  subtitle: string | null
  status: string
  thumbnail: string | null
  created_at: Date | string
  metadata: Record<string, unknown> | null
  tags?: { value: string }[] | null
  categories?: {
    handle: string
    name: string
    metadata: Record<string, unknown> | null
  }[]
  variants?: {
    manage_inventory: boolean
    allow_backorder: boolean
    calculated_price?: { calculated_amount: number | null } | null
    inventory_items?: {
      inventory?: {
        location_levels?: { available_quantity: number | null }[]
      } | null
    }[]
  }[]
  cooperative?: { handle: string; name: string; status: string } | null
  origin?: {
    commune_code: string
    ethnic_group: string | null
    story_vi: string
    story_en: string
    images: ImageSet[] | null
    certifications?: {
      type: string
      ocop_stars: number | null
      expires_at: Date | string | null
    }[]
  } | null
}

const STORY_LENGTH = 300

const text = (value: unknown): string | null =>
  typeof value === "string" && value.trim().length > 0 ? value : null

const excerpt = (story: string): string =>
  story.length <= STORY_LENGTH
    ? story
    : `${story.slice(0, story.lastIndexOf(" ", STORY_LENGTH) || STORY_LENGTH)}…`

/** A phone-sized rendition (the smallest WebP of at least 320 px) of a picture. */
const thumbnailOf = (
  images: ImageSet[] | null | undefined,
  fallback: string | null
) => {
  const first = images?.[0]
  if (!first) {
    return fallback
  }
  const webp = [...(first.webp ?? [])].sort((a, b) => a.width - b.width)
  return (
    (webp.find((w) => w.width >= 320) ?? webp[webp.length - 1])?.url ??
    first.url
  )
}

const inStock = (
  variant: NonNullable<ProductRow["variants"]>[number]
): boolean =>
  !variant.manage_inventory ||
  variant.allow_backorder ||
  (variant.inventory_items ?? []).some((item) =>
    (item.inventory?.location_levels ?? []).some(
      (level) => Number(level.available_quantity ?? 0) > 0
    )
  )

export type BuiltDocuments = {
  /** Products buyers may see, as documents. */
  documents: SearchDocument[]
  /** Products asked for that buyers may not see (draft, deleted, inactive cooperative, no price). */
  hidden: string[]
}

/**
 * The search documents of some products (SEARCH_API.md), read through Query: the product, its
 * cooperative (active ones only), origin, certificates still valid, category, tags, lowest price
 * in đồng and whether any variant can be bought.
 */
export const buildDocuments = async (
  container: MedusaContainer,
  productIds: string[]
): Promise<BuiltDocuments> => {
  const ids = [...new Set(productIds)]
  if (ids.length === 0) {
    return { documents: [], hidden: [] }
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const places = container.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  const { data } = (await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "title",
      "subtitle",
      "status",
      "thumbnail",
      "created_at",
      "metadata",
      "tags.value",
      "categories.handle",
      "categories.name",
      "categories.metadata",
      "variants.manage_inventory",
      "variants.allow_backorder",
      "variants.calculated_price.calculated_amount",
      "variants.inventory_items.inventory.location_levels.available_quantity",
      "cooperative.handle",
      "cooperative.name",
      "cooperative.status",
      "origin.commune_code",
      "origin.ethnic_group",
      "origin.story_vi",
      "origin.story_en",
      "origin.images",
      "origin.certifications.type",
      "origin.certifications.ocop_stars",
      "origin.certifications.expires_at",
    ],
    filters: { id: ids },
    context: {
      variants: { calculated_price: QueryContext({ currency_code: "vnd" }) },
    },
  })) as { data: ProductRow[] }

  const now = Date.now()
  const documents: SearchDocument[] = []
  for (const product of data) {
    const cooperative = product.cooperative
    const origin = product.origin
    const prices = (product.variants ?? []).flatMap((variant) => {
      const amount = variant.calculated_price?.calculated_amount
      return typeof amount === "number" ? [amount] : []
    })
    if (
      product.status !== ProductStatus.PUBLISHED ||
      !cooperative ||
      cooperative.status !== "active" ||
      !origin ||
      prices.length === 0
    ) {
      continue
    }
    const place = placeNames(places, origin.commune_code)
    const certificates = (origin.certifications ?? []).filter(
      (c) => c.expires_at === null || new Date(c.expires_at).getTime() > now
    )
    const stars = certificates
      .filter((c) => c.type === "OCOP" && c.ocop_stars !== null)
      .map((c) => Number(c.ocop_stars))
    const category = product.categories?.[0]
    const former = places.listFormerNames(origin.commune_code)
    documents.push({
      id: product.id,
      handle: product.handle,
      title: product.title.normalize("NFC"),
      title_en: (text(product.metadata?.title_en) ?? product.title).normalize(
        "NFC"
      ),
      subtitle: product.subtitle?.normalize("NFC") ?? null,
      subtitle_en:
        text(product.metadata?.subtitle_en)?.normalize("NFC") ?? null,
      thumbnail: thumbnailOf(origin.images, product.thumbnail),
      price: Math.min(...prices),
      in_stock: (product.variants ?? []).some(inStock),
      cooperative: { handle: cooperative.handle, name: cooperative.name },
      province: {
        code: place.province_code,
        name: place.province_name,
        name_en: place.province_name_en,
      },
      commune: {
        code: origin.commune_code,
        name: place.commune_name,
        name_en: place.commune_name_en,
      },
      ethnic_group: origin.ethnic_group
        ? presentEthnicGroup(origin.ethnic_group)
        : null,
      category: category
        ? {
            handle: category.handle,
            name_vi: category.name,
            name_en: text(category.metadata?.name_en) ?? category.name,
          }
        : null,
      tags: [
        ...(product.tags ?? []).map((t) => t.value),
        // Buyers still look for the names places had before the 2025 merges.
        ...former.communes,
        ...former.provinces,
      ],
      certification_types: [...new Set(certificates.map((c) => c.type))],
      ocop_stars: stars.length > 0 ? Math.max(...stars) : null,
      story_vi: excerpt(origin.story_vi.normalize("NFC")),
      story_en: excerpt(origin.story_en.normalize("NFC")),
      created_at: new Date(product.created_at).toISOString(),
    })
  }
  const visible = new Set(documents.map((d) => d.id))
  return { documents, hidden: ids.filter((id) => !visible.has(id)) }
}
