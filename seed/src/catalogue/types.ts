/**
 * The shapes of the demo catalogue: cooperatives in real 2025 communes and the products they sell.
 * Texts are written for this project (no copied copy); cooperative names are invented.
 */
export type CertificationType =
  "OCOP" | "VietGAP" | "GI" | "organic" | "collective_mark"

export type SeedCertification = {
  /** Stable key within the seed, so a product can say which of its cooperative's certificates apply. */
  key: string
  type: CertificationType
  number: string
  /** Only for OCOP: 3, 4 or 5. */
  ocop_stars?: 3 | 4 | 5
  /** ISO date, e.g. "2024-06-15". */
  issued_at: string
  /** ISO date; OCOP lasts 36 months, VietGAP at most 24. Omit when the certificate has no expiry (GI). */
  expires_at?: string
  issuer: string
}

export type CategoryHandle =
  | "trai-cay-tuoi"
  | "kho-say"
  | "gao-mien"
  | "mat-ong-thao-moc"
  | "thit-gac-bep"
  | "thu-cong"

export type SeedCategory = {
  handle: CategoryHandle
  name_vi: string
  name_en: string
  description_vi: string
  description_en: string
}

/** What an illustration shows; the image generator draws it (see seed/src/images). */
export type IllustrationSpec = {
  /** A drawing motif, e.g. "fruit", "terraces", "jar", "noodles", "mushroom", "meat", "weave", "leaf", "bee", "rice". */
  motif: string
  /** Two or three CSS hex colours, background first. */
  palette: string[]
  /** The caption drawn on the picture (short, Vietnamese). */
  label: string
}

export type SeedCooperative = {
  handle: string
  name: string
  /** Invented HTX registration code, e.g. "5200123456". */
  registration_number: string
  /** A 2025 commune/ward code from data/vn-admin/units-2025.json. */
  commune_code: string
  /** Thôn / bản. */
  address_line: string
  phone: string
  email: string
  founded_year: number
  /** Codes from ETHNIC_GROUPS in the cooperative module. */
  ethnic_groups: string[]
  households: {
    total: number
    poor: number
    near_poor: number
    ethnic_minority: number
  }
  story_vi: string
  story_en: string
  certifications: SeedCertification[]
  /** Share of each sale kept by the marketplace, 0–0.3. */
  commission_rate: number
  cover: IllustrationSpec
}

export type SeedVariant = {
  title: string
  title_en: string
  sku: string
  /** Integer đồng, VAT included. */
  price: number
  stock: number
  weight_grams: number
}

export type SeedProduct = {
  handle: string
  /** Handle of the cooperative that sells it. */
  cooperative: string
  category: CategoryHandle
  title: string
  title_en: string
  subtitle: string
  subtitle_en: string
  description: string
  description_en: string
  /** Parcel size of the smallest variant, in cm (courier quotes use it). */
  length_cm: number
  width_cm: number
  height_cm: number
  variants: SeedVariant[]
  origin: {
    /** May differ from the cooperative's commune (members in a neighbouring commune). */
    commune_code: string
    ethnic_group: string
    /** 1–12. */
    harvest_months: number[]
    story_vi: string
    story_en: string
    producer_quote_vi?: string
    producer_quote_en?: string
    /** A first name and role, invented, e.g. "Chị Mùa, tổ trưởng tổ sấy". */
    producer_name?: string
    /** Keys of the cooperative's certifications that cover this product. */
    certifications: string[]
  }
  illustration: IllustrationSpec
}
