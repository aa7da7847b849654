import { SellerCreateProduct } from "../../api/seller/products/validators"
import type { ProductImportError } from "../../modules/seller-import/types"
import { ETHNIC_GROUPS } from "../../modules/cooperative/ethnic-groups"
import {
  HANDLE_PATTERN,
  MAX_STORY_LENGTH,
} from "../../modules/cooperative/rules"
import type { CreateSellerProductWorkflowInput } from "../../workflows/create-seller-product"
import { HEADER, type ImportColumnKey, STATUS_WORDS } from "./columns"
import type { ImportRow } from "./read-csv"

export const MAX_IMPORT_PRICE = 100_000_000
export const MAX_IMPORT_STOCK = 100_000
export const MAX_IMPORT_VARIANTS = 50

/** What one imported product becomes: the input of the seller product workflow. */
export type ImportProductBody = Omit<
  CreateSellerProductWorkflowInput,
  "cooperative_id"
>

export type ImportProduct = {
  rows: number[]
  title: string
  handle: string
  body: ImportProductBody
}

export type ImportContext = {
  /** The cooperative's 2025 commune: every imported product comes from there. */
  commune_code: string
  /** Category handles that exist in the store. */
  categories: ReadonlySet<string>
  /** Product handles already taken in the store. */
  taken_handles: ReadonlySet<string>
}

export type ImportValidation = {
  total_rows: number
  valid_rows: number
  products: ImportProduct[]
  errors: ProductImportError[]
}

const vi = (n: number): string => n.toLocaleString("vi")

const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()

/** A product handle from its Vietnamese title: "Táo mèo sấy" → "tao-meo-say". */
export const handleFromTitle = (title: string): string =>
  fold(title)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "")

const sameKey = (text: string): string =>
  text.normalize("NFC").replace(/\s+/g, " ").toLocaleLowerCase("vi")

const ETHNIC_BY_WORD = new Map(
  ETHNIC_GROUPS.flatMap((group) => [
    [group.code, group.code],
    [sameKey(group.name_vi), group.code],
    [fold(group.name_vi).replace(/[^a-z0-9]+/g, "-"), group.code],
  ])
)

type Parsed = {
  title?: string
  description?: string
  category_handle?: string
  variant_title?: string
  price?: number
  stock?: number
  weight?: number
  length?: number
  width?: number
  height?: number
  harvest_months?: number[]
  ethnic_group?: string
  story_vi?: string
  story_en?: string
  status?: "draft" | "published"
}

/** Parses one cell; returns the value, undefined for an empty cell, or a sentence. */
type CellRule = (cell: string) => { value?: unknown } | { error: string }

const text =
  (key: ImportColumnKey, min: number, max: number): CellRule =>
  (cell) =>
    cell.length < min || cell.length > max
      ? {
          error: `Cột «${HEADER[key]}» phải dài từ ${vi(min)} đến ${vi(max)} ký tự (đang có ${vi(cell.length)}).`,
        }
      : { value: cell }

/** Whole numbers, with Vietnamese or English thousands separators: 120000, 120.000, 120,000. */
const parseWhole = (cell: string): number | undefined => {
  const plain = cell.replace(/\s*(đồng|đ|₫|vnd)$/i, "").trim()
  if (/^\d+$/.test(plain)) {
    return Number(plain)
  }
  if (/^\d{1,3}([., ]\d{3})+$/.test(plain)) {
    return Number(plain.replace(/[., ]/g, ""))
  }
  return undefined
}

const whole =
  (key: ImportColumnKey, min: number, max: number, example: string): CellRule =>
  (cell) => {
    const value = parseWhole(cell)
    return value === undefined || value < min || value > max
      ? {
          error: `Cột «${HEADER[key]}» phải là số nguyên từ ${vi(min)} đến ${vi(max)}, ví dụ ${example}.`,
        }
      : { value }
  }

const RULES: Record<ImportColumnKey, CellRule> = {
  title: text("title", 2, 200),
  description: text("description", 1, 5000),
  category_handle: (cell) =>
    HANDLE_PATTERN.test(cell) && cell.length <= 100
      ? { value: cell }
      : {
          error: `Cột «${HEADER.category_handle}» là mã danh mục viết thường, không dấu, nối bằng gạch ngang, ví dụ kho-say; hoặc để trống.`,
        },
  variant_title: text("variant_title", 1, 200),
  price: whole("price", 1, MAX_IMPORT_PRICE, "120000"),
  stock: whole("stock", 0, MAX_IMPORT_STOCK, "25"),
  weight: whole("weight", 1, 100_000, "550"),
  length: whole("length", 1, 1_000, "20"),
  width: whole("width", 1, 1_000, "15"),
  height: whole("height", 1, 1_000, "8"),
  harvest_months: (cell) => {
    const parts = cell.split(/[\s,;/.-]+/).filter((part) => part !== "")
    const months = parts.map((part) => (/^\d{1,2}$/.test(part) ? +part : 0))
    if (months.length === 0 || months.some((m) => m < 1 || m > 12)) {
      return {
        error: `Cột «${HEADER.harvest_months}» là các tháng từ 1 đến 12, nối bằng gạch ngang, ví dụ 11-12-1.`,
      }
    }
    if (new Set(months).size !== months.length) {
      return {
        error: `Cột «${HEADER.harvest_months}» có tháng ghi hai lần; mỗi tháng chỉ ghi một lần.`,
      }
    }
    return { value: months }
  },
  ethnic_group: (cell) => {
    const code =
      ETHNIC_BY_WORD.get(sameKey(cell)) ??
      ETHNIC_BY_WORD.get(fold(cell).replace(/[^a-z0-9]+/g, "-"))
    return code
      ? { value: code }
      : {
          error: `Cột «${HEADER.ethnic_group}»: «${cell.slice(0, 40)}» không phải một trong 54 dân tộc; ghi tên dân tộc, ví dụ Mông, Thái, Dao.`,
        }
  },
  story_vi: text("story_vi", 1, MAX_STORY_LENGTH),
  story_en: text("story_en", 1, MAX_STORY_LENGTH),
  status: (cell) => {
    const word = sameKey(cell)
    if (word === STATUS_WORDS.draft || word === "draft") {
      return { value: "draft" }
    }
    if (word === STATUS_WORDS.published || word === "published") {
      return { value: "published" }
    }
    return {
      error: `Cột «${HEADER.status}» là «${STATUS_WORDS.draft}» hoặc «${STATUS_WORDS.published}» (để trống là «${STATUS_WORDS.draft}»).`,
    }
  },
}

const PRODUCT_KEYS = [
  "description",
  "category_handle",
  "weight",
  "length",
  "width",
  "height",
  "harvest_months",
  "ethnic_group",
  "story_vi",
  "story_en",
  "status",
] as const satisfies readonly (keyof Parsed)[]

// The English story may be left empty, as in the portal's form: the English pages then show the
// Vietnamese one.
const REQUIRED_PRODUCT_KEYS = [
  "harvest_months",
  "ethnic_group",
  "story_vi",
] as const satisfies readonly (keyof Parsed)[]

type ParsedRow = {
  row: number
  parsed: Parsed
  /** The columns with something written in them, valid or not. */
  filled: Set<ImportColumnKey>
  bad: boolean
}

const parseRow = (row: ImportRow, errors: ProductImportError[]): ParsedRow => {
  const parsed: Parsed = {}
  const filled = new Set<ImportColumnKey>()
  let bad = false
  const fail = (column: string, message: string) => {
    errors.push({ row: row.row, column, message })
    bad = true
  }
  for (const [key, rule] of Object.entries(RULES) as [
    ImportColumnKey,
    CellRule,
  ][]) {
    const cell = row.cells[key] ?? ""
    if (cell === "") {
      continue
    }
    filled.add(key)
    const result = rule(cell)
    if ("error" in result) {
      fail(HEADER[key], result.error)
    } else {
      ;(parsed as Record<string, unknown>)[key] = result.value
    }
  }
  if (!row.cells.title) {
    fail(
      HEADER.title,
      `Cột «${HEADER.title}» đang trống; mỗi dòng cần tên sản phẩm (các quy cách của một sản phẩm ghi cùng tên).`
    )
  }
  if (!row.cells.variant_title) {
    fail(
      HEADER.variant_title,
      `Cột «${HEADER.variant_title}» đang trống; ghi quy cách của dòng này, ví dụ Túi 500 g.`
    )
  }
  if (!row.cells.price) {
    fail(
      HEADER.price,
      `Cột «${HEADER.price}» đang trống; ghi giá bán bằng đồng, ví dụ 120000.`
    )
  }
  if (row.overflow) {
    fail("", "Dòng có nhiều ô hơn số cột của tệp mẫu; xoá các ô thừa bên phải.")
  }
  return { row: row.row, parsed, filled, bad }
}

/**
 * Checks every row of an import by the rules of POST /seller/products and groups the rows into
 * products: rows with the same product title are the variants of one product, and the first row
 * that fills a product-level cell (description, category, sizes, harvest, ethnic group, stories,
 * status) sets it for all of them. Each problem names its row and column in a Vietnamese sentence.
 * A product with any bad row is left out whole, and its other rows say why.
 */
export const validateImportRows = (
  rows: ImportRow[],
  context: ImportContext
): ImportValidation => {
  const errors: ProductImportError[] = []
  const parsedRows = rows.map((row) => parseRow(row, errors))
  const groups = new Map<string, ParsedRow[]>()
  for (const entry of parsedRows) {
    if (!entry.parsed.title) {
      continue
    }
    const key = sameKey(entry.parsed.title)
    groups.set(key, [...(groups.get(key) ?? []), entry])
  }

  const products: ImportProduct[] = []
  const handles = new Map<string, { title: string; row: number }>()
  for (const group of groups.values()) {
    const [first] = group
    if (!first?.parsed.title) {
      continue
    }
    const title = first.parsed.title
    const fail = (entry: ParsedRow, column: string, message: string) => {
      errors.push({ row: entry.row, column, message })
      entry.bad = true
    }

    const product: Parsed = {}
    const setBy = new Map<string, number>()
    for (const entry of group) {
      for (const key of PRODUCT_KEYS) {
        const value = entry.parsed[key]
        if (value === undefined) {
          continue
        }
        if (product[key] === undefined) {
          ;(product as Record<string, unknown>)[key] = value
          setBy.set(key, entry.row)
        } else if (JSON.stringify(product[key]) !== JSON.stringify(value)) {
          fail(
            entry,
            HEADER[key],
            `Cột «${HEADER[key]}» khác với dòng ${setBy.get(key)} của cùng sản phẩm «${title}»; ghi giống dòng đó hoặc để trống.`
          )
        }
      }
    }
    for (const key of REQUIRED_PRODUCT_KEYS) {
      if (!group.some((entry) => entry.filled.has(key))) {
        fail(
          first,
          HEADER[key],
          `Cột «${HEADER[key]}» đang trống cho sản phẩm «${title}»; điền ở dòng đầu tiên của sản phẩm.`
        )
      }
    }

    const handle = handleFromTitle(title)
    if (!HANDLE_PATTERN.test(handle)) {
      fail(
        first,
        HEADER.title,
        `Cột «${HEADER.title}» cần có chữ hoặc số để làm địa chỉ trang sản phẩm.`
      )
    } else if (handles.has(handle)) {
      const other = handles.get(handle)
      fail(
        first,
        HEADER.title,
        `Cột «${HEADER.title}»: «${title}» gần giống tên «${other?.title}» ở dòng ${other?.row}, nên trùng địa chỉ trang (${handle}); đặt tên khác hẳn, hoặc ghi đúng tên đó nếu là cùng sản phẩm.`
      )
    } else if (context.taken_handles.has(handle)) {
      fail(
        first,
        HEADER.title,
        `Cột «${HEADER.title}»: cửa hàng đã có sản phẩm «${title}» (địa chỉ ${handle}); đổi tên, hoặc sửa sản phẩm đó trong mục Sản phẩm.`
      )
    }
    if (!handles.has(handle)) {
      handles.set(handle, { title, row: first.row })
    }
    if (
      product.category_handle &&
      !context.categories.has(product.category_handle)
    ) {
      fail(
        first,
        HEADER.category_handle,
        `Cột «${HEADER.category_handle}»: không có danh mục «${product.category_handle}»; dùng mã danh mục của chợ, ví dụ kho-say, hoặc để trống.`
      )
    }

    const seen = new Map<string, number>()
    group.forEach((entry, index) => {
      const variant = entry.parsed.variant_title
      if (variant === undefined) {
        return
      }
      const key = sameKey(variant)
      const earlier = seen.get(key)
      if (earlier !== undefined) {
        fail(
          entry,
          HEADER.variant_title,
          `Cột «${HEADER.variant_title}»: sản phẩm «${title}» đã có quy cách «${variant}» ở dòng ${earlier}; mỗi quy cách ghi một dòng.`
        )
      } else {
        seen.set(key, entry.row)
      }
      if (index === MAX_IMPORT_VARIANTS) {
        fail(
          entry,
          HEADER.variant_title,
          `Sản phẩm «${title}» có hơn ${MAX_IMPORT_VARIANTS} quy cách; tách các dòng từ dòng này sang một sản phẩm khác tên.`
        )
      }
    })

    const badRows = group.filter((entry) => entry.bad).map((e) => e.row)
    if (badRows.length > 0) {
      for (const entry of group.filter((e) => !e.bad)) {
        errors.push({
          row: entry.row,
          column: "",
          message: `Dòng này chưa được nhập vì sản phẩm «${title}» có lỗi ở dòng ${badRows.join(", ")}; sửa rồi tải tệp lên lại.`,
        })
      }
      continue
    }

    const body: ImportProductBody = {
      product: {
        title,
        handle,
        description: product.description,
        status: product.status ?? "draft",
        weight: product.weight,
        length: product.length,
        width: product.width,
        height: product.height,
        variants: group.map((entry) => ({
          title: entry.parsed.variant_title ?? "",
          prices: [{ amount: entry.parsed.price ?? 0, currency_code: "vnd" }],
          manage_inventory: true,
          stock: entry.parsed.stock ?? 0,
        })),
      },
      origin: {
        commune_code: context.commune_code,
        ethnic_group: product.ethnic_group ?? "",
        harvest_months: product.harvest_months ?? [],
        story_vi: product.story_vi ?? "",
        story_en: product.story_en || product.story_vi || "",
      },
      category_handle: product.category_handle,
    }
    // The same rules as POST /seller/products, in case the cells above let something through.
    const checked = SellerCreateProduct.safeParse({
      ...body.product,
      origin: body.origin,
      category_handle: body.category_handle,
    })
    if (!checked.success) {
      errors.push(
        ...group.map((entry) => ({
          row: entry.row,
          column: "",
          message: `Sản phẩm «${title}» chưa nhập được: ${checked.error.issues.map((issue) => issue.message).join(" ")}`,
        }))
      )
      continue
    }
    products.push({
      rows: group.map((entry) => entry.row),
      title,
      handle,
      body,
    })
  }

  errors.sort((a, b) => a.row - b.row)
  return {
    total_rows: rows.length,
    valid_rows: products.reduce((sum, p) => sum + p.rows.length, 0),
    products,
    errors,
  }
}

/** The category and product handles a file refers to, to look up before validating it. */
export const referencedHandles = (
  rows: ImportRow[]
): { categories: string[]; products: string[] } => ({
  categories: [
    ...new Set(
      rows.flatMap((row) =>
        row.cells.category_handle ? [row.cells.category_handle] : []
      )
    ),
  ],
  products: [
    ...new Set(
      rows.flatMap((row) =>
        row.cells.title ? [handleFromTitle(row.cells.title)] : []
      )
    ),
  ].filter((handle) => handle !== ""),
})
