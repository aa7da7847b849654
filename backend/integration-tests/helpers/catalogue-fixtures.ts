import {
  type SeededMarketplace,
  type SeedCooperative,
  type SeedProduct,
  seedMarketplace,
} from "@cho-phien/seed"
import type { MedusaContainer } from "@medusajs/framework/types"

/**
 * A small catalogue whose every figure the HTTP tests know: two active cooperatives in Lào Cai and
 * Sơn La, and one pending, one suspended and one rejected cooperative whose products must never
 * reach a buyer.
 */
const cooperative = (
  handle: string,
  communeCode: string,
  overrides: Partial<SeedCooperative> = {}
): SeedCooperative => ({
  handle,
  name: `HTX ${handle}`,
  registration_number: "5200000001",
  commune_code: communeCode,
  address_line: "Thôn Một",
  phone: "0912 000 111",
  email: `${handle}@example.vn`,
  founded_year: 2015,
  ethnic_groups: ["mong"],
  households: { total: 30, poor: 8, near_poor: 6, ethnic_minority: 28 },
  story_vi: `Câu chuyện của ${handle}.`,
  story_en: `The story of ${handle}.`,
  certifications: [],
  commission_rate: 0.08,
  cover: { motif: "mountain", palette: ["#dfe9d8", "#3d6b4f"], label: handle },
  ...overrides,
})

const product = (
  handle: string,
  owner: string,
  overrides: Partial<SeedProduct> & { price?: number } = {}
): SeedProduct => {
  const { price = 100000, ...rest } = overrides
  return {
    handle,
    cooperative: owner,
    category: "kho-say",
    title: `Sản phẩm ${handle}`,
    title_en: `Product ${handle}`,
    subtitle: "Phụ đề",
    subtitle_en: "Subtitle",
    description: "Mô tả.",
    description_en: "Description.",
    length_cm: 20,
    width_cm: 15,
    height_cm: 8,
    variants: [
      {
        title: "Túi 500 g",
        title_en: "500 g bag",
        sku: `${handle.toUpperCase()}-500`,
        price,
        stock: 10,
        weight_grams: 550,
      },
    ],
    origin: {
      commune_code: "04606",
      ethnic_group: "mong",
      harvest_months: [8, 9, 10],
      story_vi: `Nguồn gốc của ${handle}.`,
      story_en: `Where ${handle} comes from.`,
      certifications: [],
    },
    illustration: { motif: "fruit", palette: ["#fff", "#c33"], label: handle },
    ...rest,
  }
}

export const FIXTURE_COOPERATIVES: SeedCooperative[] = [
  cooperative("htx-tram-tau", "04606", {
    ethnic_groups: ["mong", "thai"],
    certifications: [
      {
        key: "ocop",
        type: "OCOP",
        number: "OCOP-TEST-5",
        ocop_stars: 5,
        issued_at: "2025-01-10",
        expires_at: "2028-01-10",
        issuer: "UBND tỉnh Lào Cai",
      },
      {
        key: "vietgap-old",
        type: "VietGAP",
        number: "VG-TEST-OLD",
        issued_at: "2022-03-01",
        expires_at: "2024-03-01",
        issuer: "Chi cục Trồng trọt",
      },
    ],
  }),
  cooperative("htx-moc-chau", "03980", {
    ethnic_groups: ["thai"],
    certifications: [
      {
        key: "organic",
        type: "organic",
        number: "ORG-TEST-1",
        issued_at: "2025-05-01",
        expires_at: "2027-05-01",
        issuer: "Tổ chức chứng nhận",
      },
    ],
  }),
  cooperative("htx-cho-duyet", "04630"),
  cooperative("htx-tam-dung", "04630"),
  cooperative("htx-bi-tu-choi", "04630"),
]

export const FIXTURE_STATUSES = {
  "htx-cho-duyet": "pending",
  "htx-tam-dung": "suspended",
  "htx-bi-tu-choi": "rejected",
} as const

export const FIXTURE_PRODUCTS: SeedProduct[] = [
  product("tao-meo-ocop", "htx-tram-tau", {
    price: 120000,
    origin: {
      commune_code: "04606",
      ethnic_group: "mong",
      harvest_months: [8, 9, 10],
      story_vi: "Táo mèo hái trên núi.",
      story_en: "Táo mèo picked on the mountain.",
      producer_quote_vi: "Quả chín thì thơm cả bản.",
      producer_quote_en: "When it ripens the whole village smells of it.",
      producer_name: "Chị Mùa",
      certifications: ["ocop"],
    },
  }),
  product("nep-tu-le", "htx-tram-tau", {
    price: 220000,
    category: "gao-mien",
    origin: {
      commune_code: "04630",
      ethnic_group: "thai",
      harvest_months: [10, 11],
      story_vi: "Nếp Tú Lệ.",
      story_en: "Tú Lệ sticky rice.",
      certifications: ["vietgap-old"],
    },
  }),
  product("dau-tay-moc-chau", "htx-moc-chau", {
    price: 95000,
    category: "trai-cay-tuoi",
    origin: {
      commune_code: "03980",
      ethnic_group: "thai",
      harvest_months: [12, 1, 2, 3],
      story_vi: "Dâu tây Mộc Châu.",
      story_en: "Mộc Châu strawberries.",
      certifications: ["organic"],
    },
  }),
  product("an-cho-duyet", "htx-cho-duyet", { price: 50000 }),
  product("an-tam-dung", "htx-tam-dung", { price: 60000 }),
  product("an-bi-tu-choi", "htx-bi-tu-choi", { price: 70000 }),
]

export const HIDDEN_PRODUCT_HANDLES = [
  "an-cho-duyet",
  "an-tam-dung",
  "an-bi-tu-choi",
]

const quiet = { info: () => undefined }

/** The fixture shop every HTTP spec starts from, seeded by the same function as the demo. */
export const seedFixtureShop = (
  container: MedusaContainer
): Promise<SeededMarketplace> =>
  seedMarketplace(container, {
    logger: quiet,
    cooperatives: FIXTURE_COOPERATIVES,
    products: FIXTURE_PRODUCTS,
    statuses: FIXTURE_STATUSES,
    images: false,
  })
