/**
 * The columns of the product import CSV, in template order. Headers are Vietnamese, as the
 * cooperatives read them; a product's rows share its product-level cells, and each row is one
 * variant (quy cách).
 */
export const IMPORT_COLUMNS = [
  { key: "title", header: "Tên sản phẩm", level: "product" },
  { key: "description", header: "Mô tả", level: "product" },
  { key: "category_handle", header: "Danh mục", level: "product" },
  { key: "variant_title", header: "Quy cách", level: "variant" },
  { key: "price", header: "Giá (đồng)", level: "variant" },
  { key: "stock", header: "Tồn kho", level: "variant" },
  { key: "weight", header: "Khối lượng (g)", level: "product" },
  { key: "length", header: "Dài (cm)", level: "product" },
  { key: "width", header: "Rộng (cm)", level: "product" },
  { key: "height", header: "Cao (cm)", level: "product" },
  { key: "harvest_months", header: "Tháng thu hoạch", level: "product" },
  { key: "ethnic_group", header: "Dân tộc", level: "product" },
  { key: "story_vi", header: "Câu chuyện (tiếng Việt)", level: "product" },
  { key: "story_en", header: "Câu chuyện (tiếng Anh)", level: "product" },
  { key: "status", header: "Trạng thái", level: "product" },
] as const

export type ImportColumn = (typeof IMPORT_COLUMNS)[number]
export type ImportColumnKey = ImportColumn["key"]

export const HEADER: Record<ImportColumnKey, string> = Object.fromEntries(
  IMPORT_COLUMNS.map((column) => [column.key, column.header])
) as Record<ImportColumnKey, string>

/** What a seller writes in the status column, and what it means. */
export const STATUS_WORDS = { draft: "nháp", published: "đăng bán" } as const

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024
export const MAX_IMPORT_ROWS = 1000
export const IMPORT_FILE_FIELD = "file"

/** The template's two example rows: one product in two sizes. */
export const TEMPLATE_EXAMPLES: Record<ImportColumnKey, string>[] = [
  {
    title: "Táo mèo sấy khô",
    description: "Táo mèo hái trên rừng già, thái lát, sấy bằng củi.",
    category_handle: "kho-say",
    variant_title: "Túi 500 g",
    price: "120000",
    stock: "25",
    weight: "550",
    length: "20",
    width: "15",
    height: "8",
    harvest_months: "9-10-11",
    ethnic_group: "Mông",
    story_vi: "Bà con người Mông hái táo mèo trên núi, sấy ngay tại bản.",
    story_en:
      "Hmong families pick wild apples on the mountain and dry them in the village.",
    status: STATUS_WORDS.draft,
  },
  {
    title: "Táo mèo sấy khô",
    description: "",
    category_handle: "",
    variant_title: "Túi 1 kg",
    price: "220000",
    stock: "10",
    weight: "",
    length: "",
    width: "",
    height: "",
    harvest_months: "",
    ethnic_group: "",
    story_vi: "",
    story_en: "",
    status: "",
  },
]
