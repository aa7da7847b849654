/**
 * A large, plausible catalogue for the search bench, made from the demo catalogue's own words:
 * each generated product is one of the 64 demo products (its Vietnamese and English name without
 * the place, category, price range and story) made by a generated cooperative in one of the 3,321
 * communes of 2025, with the commune's name in its titles and the commune's former names and
 * province as tags, as `buildDocuments` does. Seeded, so every run makes the same catalogue.
 */
import { PRODUCTS, COOPERATIVES, CATEGORIES } from "../../seed/src/catalogue"
import { ETHNIC_GROUPS } from "../../plugins/cooperative-seller/src/modules/cooperative/ethnic-groups"
import VnAdminModuleService from "../../plugins/cooperative-seller/src/modules/vn-admin/service"
import type { VnCommuneWithProvince } from "../../plugins/cooperative-seller/src/modules/vn-admin/types"
import type { SearchDocument } from "../../plugins/search/src/providers/types"

/** mulberry32: a small seeded generator, enough to make the same data every run. */
export const seeded = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(random: () => number, list: readonly T[]): T => {
  const item = list[Math.floor(random() * list.length)]
  if (item === undefined) {
    throw new Error("pick from an empty list")
  }
  return item
}

const QUALIFIERS = [
  { vi: "loại đặc biệt", en: "premium grade" },
  { vi: "hộp quà", en: "gift box" },
  { vi: "túi 500 g", en: "500 g bag" },
  { vi: "hữu cơ", en: "organic" },
  { vi: "vụ mới", en: "new season" },
  { vi: "gói gia đình", en: "family pack" },
]

const DEMO_ETHNIC_GROUPS = [
  ...new Set(COOPERATIVES.flatMap((c) => c.ethnic_groups)),
]

const slug = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")

const excerpt = (story: string): string =>
  story.length <= 300
    ? story
    : `${story.slice(0, story.lastIndexOf(" ", 300) || 300)}…`

type Kind = {
  vi: string
  en: string
  category: (typeof CATEGORIES)[number]
  price: number
  story_vi: string
  story_en: string
}

/** The demo products as kinds of product: their names with the place taken out. */
const kindsOf = (places: VnAdminModuleService): Kind[] => {
  const placeNames = new Set<string>()
  for (const province of places.listProvinces()) {
    placeNames.add(province.name)
    for (const commune of places.listCommunes(province.code)) {
      placeNames.add(commune.name)
    }
  }
  const withoutPlaceAtEnd = (title: string): string => {
    const words = title.split(" ")
    for (let n = Math.min(4, words.length - 1); n >= 1; n -= 1) {
      if (placeNames.has(words.slice(-n).join(" "))) {
        return words.slice(0, -n).join(" ")
      }
    }
    return title
  }
  const withoutPlaceEn = (title: string): string => {
    const from = title.replace(/ from .+$/, "")
    const words = from.split(" ")
    for (let n = Math.min(4, words.length - 1); n >= 1; n -= 1) {
      if (placeNames.has(words.slice(0, n).join(" "))) {
        return words.slice(n).join(" ")
      }
    }
    return from
  }
  return PRODUCTS.map((product) => {
    const category = CATEGORIES.find((c) => c.handle === product.category)
    if (!category) {
      throw new Error(`No category ${product.category}`)
    }
    return {
      vi: withoutPlaceAtEnd(product.title),
      en: withoutPlaceEn(product.title_en),
      category,
      price: Math.min(...product.variants.map((v) => v.price)),
      story_vi: excerpt(product.origin.story_vi),
      story_en: excerpt(product.origin.story_en),
    }
  })
}

type Cooperative = {
  handle: string
  name: string
  commune: VnCommuneWithProvince
  former: { communes: string[]; provinces: string[] }
  ethnic: (typeof ETHNIC_GROUPS)[number]
}

/** The distinctive middle of the demo cooperatives' names ("Sơn tra Đỉnh Mây", "Rẫy Xanh"…). */
const NAME_PARTS = COOPERATIVES.map((c) =>
  c.name.replace(/^HTX /, "").split(" ").slice(0, 3).join(" ")
)

export type Catalogue = {
  documents: (from: number, to: number) => SearchDocument[]
  cooperatives: number
  communes: number
}

/** A catalogue of `products` products from `cooperatives` cooperatives; documents made on demand. */
export const makeCatalogue = (options: {
  products: number
  cooperatives: number
  seed?: number
}): Catalogue => {
  const places = new VnAdminModuleService()
  const kinds = kindsOf(places)
  const random = seeded(options.seed ?? 20251201)
  const communes = places
    .listProvinces()
    .flatMap((province) => places.listCommunes(province.code))
  const ethnic = ETHNIC_GROUPS.filter((g) =>
    (DEMO_ETHNIC_GROUPS as string[]).includes(g.code)
  )
  const cooperatives: Cooperative[] = []
  for (let i = 0; i < options.cooperatives; i += 1) {
    const commune = places.retrieveCommune(pick(random, communes).code)
    const name = `HTX ${pick(random, NAME_PARTS)} ${commune.name}`
    cooperatives.push({
      handle: `${slug(name)}-${i}`,
      name,
      commune,
      former: places.listFormerNames(commune.code),
      ethnic: pick(random, ethnic),
    })
  }
  const now = Date.UTC(2026, 10, 30)
  const threeYears = 3 * 365 * 24 * 3600 * 1000

  const documentAt = (i: number): SearchDocument => {
    // Each product draws from its own generator, so any slice is the same in every run.
    const r = seeded((options.seed ?? 20251201) + i * 7919)
    const kind = pick(r, kinds)
    const cooperative = pick(r, cooperatives)
    const qualifier = r() < 0.35 ? pick(r, QUALIFIERS) : null
    const { commune } = cooperative
    const title = [kind.vi, qualifier?.vi, commune.name]
      .filter(Boolean)
      .join(" ")
    const title_en = `${[kind.en, qualifier?.en].filter(Boolean).join(", ")} from ${commune.name}`
    const certification = r()
    const stars =
      certification < 0.1
        ? 3
        : certification < 0.22
          ? 4
          : certification < 0.25
            ? 5
            : null
    const certification_types = [
      ...(stars ? ["OCOP"] : []),
      ...(r() < 0.15 ? ["VietGAP"] : []),
      ...(r() < 0.03 ? ["organic"] : []),
    ]
    const group = cooperative.ethnic
    return {
      id: `prod_bench_${String(i).padStart(7, "0")}`,
      handle: `${slug(title)}-${i}`,
      title,
      title_en,
      subtitle: null,
      subtitle_en: null,
      thumbnail: null,
      price: Math.max(
        10_000,
        Math.round((kind.price * (0.6 + 1.2 * r())) / 1_000) * 1_000
      ),
      in_stock: r() < 0.92,
      cooperative: { handle: cooperative.handle, name: cooperative.name },
      province: {
        code: commune.province.code,
        name: commune.province.name,
        name_en: commune.province.name_en,
      },
      commune: {
        code: commune.code,
        name: commune.full_name,
        name_en: commune.full_name_en,
      },
      ethnic_group: {
        code: group.code,
        name_vi: group.name_vi,
        name_en: group.name_en,
      },
      category: {
        handle: kind.category.handle,
        name_vi: kind.category.name_vi,
        name_en: kind.category.name_en,
      },
      tags: [...cooperative.former.communes, ...cooperative.former.provinces],
      certification_types,
      ocop_stars: stars,
      story_vi: kind.story_vi,
      story_en: kind.story_en,
      created_at: new Date(now - Math.floor(r() * threeYears)).toISOString(),
    }
  }

  return {
    documents: (from, to) =>
      Array.from({ length: Math.max(0, to - from) }, (_, k) =>
        documentAt(from + k)
      ),
    cooperatives: cooperatives.length,
    communes: new Set(cooperatives.map((c) => c.commune.code)).size,
  }
}
