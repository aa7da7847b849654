import { z } from "@medusajs/framework/zod"

import { pageParams } from "../../utils/paging"

import { ETHNIC_GROUP_CODES } from "../../../modules/cooperative/ethnic-groups"
import {
  HANDLE_PATTERN,
  MAX_STORY_LENGTH,
} from "../../../modules/cooperative/rules"

export const MAX_PRICE = 100_000_000
export const MAX_STOCK = 100_000
export const MAX_IMAGES = 10
export const MAX_VARIANTS = 50
export const MAX_OPTIONS = 3

const missingOr =
  (field: string, kind: string) =>
  (issue: { input: unknown }): string =>
    issue.input === undefined ? `${field} is required.` : `${field} ${kind}.`

const text = (field: string, min: number, max: number) =>
  z
    .string({ error: missingOr(field, "must be text") })
    .trim()
    .min(min, `${field} must be ${min}–${max} characters long.`)
    .max(max, `${field} must be ${min}–${max} characters long.`)

const whole = (field: string, min: number, max: number, unit = "") =>
  z
    .number({ error: missingOr(field, "must be a number") })
    .int(`${field} must be a whole number${unit}.`)
    .min(
      min,
      `${field} must be from ${min} to ${max.toLocaleString("en")}${unit}.`
    )
    .max(
      max,
      `${field} must be from ${min} to ${max.toLocaleString("en")}${unit}.`
    )

const isWebAddress = (value: string): boolean => {
  try {
    return ["http:", "https:"].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

const url = (field: string) =>
  z
    .string({ error: missingOr(field, "must be text") })
    .trim()
    .max(2000, `${field} must be at most 2,000 characters long.`)
    .refine(
      isWebAddress,
      `${field} must be a web address starting with https://, as POST /seller/uploads returns it.`
    )

const handle = z
  .string({ error: "handle must be text." })
  .trim()
  .min(2, "handle must be 2–100 characters long.")
  .max(100, "handle must be 2–100 characters long.")
  .regex(
    HANDLE_PATTERN,
    "handle is lowercase letters, digits and single hyphens, for example tao-meo-say-kho."
  )

const status = z.enum(["draft", "published"], {
  error: 'status is "draft" or "published".',
})

const MAX_RENDITIONS = 8

const renditions = (field: string) =>
  z
    .array(
      z
        .object(
          {
            width: whole(`${field}.width`, 1, 10_000, " (pixels)"),
            url: url(`${field}.url`),
          },
          { error: `Each of ${field} is { width, url }.` }
        )
        .strict(),
      { error: `${field} must be a list of { width, url }.` }
    )
    .max(MAX_RENDITIONS, `${field} lists at most ${MAX_RENDITIONS} sizes.`)

// Each image is { url }, or the whole set POST /seller/uploads answered for a photo (its
// WebP and AVIF renditions), which the store shows as a responsive picture.
const images = z
  .array(
    z
      .object(
        {
          url: url("images.url"),
          width: whole("images.width", 1, 10_000, " (pixels)").optional(),
          height: whole("images.height", 1, 10_000, " (pixels)").optional(),
          webp: renditions("images.webp").optional(),
          avif: renditions("images.avif").optional(),
          alt_vi: z
            .string()
            .max(300, "images.alt_vi is at most 300 characters.")
            .optional(),
          alt_en: z
            .string()
            .max(300, "images.alt_en is at most 300 characters.")
            .optional(),
        },
        { error: "Each image is { url } or a set from POST /seller/uploads." }
      )
      .strict(),
    { error: "images must be a list of { url }." }
  )
  .max(MAX_IMAGES, `A product has at most ${MAX_IMAGES} images.`)

const dimensions = {
  weight: whole("weight", 1, 100_000, " (grams)").optional(),
  length: whole("length", 1, 1_000, " (centimetres)").optional(),
  width: whole("width", 1, 1_000, " (centimetres)").optional(),
  height: whole("height", 1, 1_000, " (centimetres)").optional(),
}

const prices = z
  .array(
    z
      .object(
        {
          amount: whole("prices.amount", 1, MAX_PRICE, " đồng"),
          currency_code: z.literal("vnd", {
            error: 'currency_code is "vnd": prices are in đồng.',
          }),
        },
        { error: "Each price is { amount, currency_code }." }
      )
      .strict(),
    {
      error: missingOr("prices", "must be a list of { amount, currency_code }"),
    }
  )
  .length(
    1,
    'Give each variant exactly one price, in đồng (currency_code "vnd").'
  )

const stock = whole("stock", 0, MAX_STOCK)

const variant = z
  .object(
    {
      title: text("variants.title", 1, 200),
      sku: text("variants.sku", 1, 100).optional(),
      options: z
        .record(
          z.string().max(100, "An option name has at most 100 characters."),
          text("variants.options value", 1, 100)
        )
        .optional(),
      prices,
      manage_inventory: z
        .boolean({ error: "manage_inventory must be true or false." })
        .default(true),
      stock: stock.optional(),
    },
    { error: "Each variant is an object with title and prices." }
  )
  .strict()

const option = z
  .object(
    {
      title: text("options.title", 1, 100),
      values: z
        .array(text("options.values", 1, 100), {
          error: missingOr("options.values", "must be a list of text"),
        })
        .min(1, "Each option needs at least one value.")
        .max(MAX_VARIANTS, `An option has at most ${MAX_VARIANTS} values.`),
    },
    { error: "Each option is { title, values }." }
  )
  .strict()

const optionalText = (field: string, max: number) =>
  text(field, 1, max).nullable().optional()

const origin = z
  .object(
    {
      commune_code: z
        .string({ error: missingOr("origin.commune_code", "must be text") })
        .regex(
          /^\d{5}$/,
          "origin.commune_code is a five-digit 2025 commune or ward code, for example 04606 (Xã Trạm Tấu)."
        ),
      ethnic_group: z
        .string({ error: missingOr("origin.ethnic_group", "must be text") })
        .refine(
          (code) => ETHNIC_GROUP_CODES.has(code),
          'origin.ethnic_group is the code of one of Vietnam\'s 54 ethnic groups, for example "mong", "thai" or "dao".'
        ),
      harvest_months: z
        .array(whole("origin.harvest_months", 1, 12), {
          error: missingOr(
            "origin.harvest_months",
            "must be a list of months from 1 to 12"
          ),
        })
        .min(1, "origin.harvest_months must list 1 to 12 months.")
        .max(12, "origin.harvest_months must list 1 to 12 months.")
        .refine(
          (months) => new Set(months).size === months.length,
          "Each harvest month may be listed once."
        ),
      story_vi: text("origin.story_vi", 1, MAX_STORY_LENGTH),
      story_en: text("origin.story_en", 1, MAX_STORY_LENGTH),
      producer_quote_vi: optionalText("origin.producer_quote_vi", 1000),
      producer_quote_en: optionalText("origin.producer_quote_en", 1000),
      producer_name: optionalText("origin.producer_name", 120),
    },
    {
      error: missingOr(
        "origin",
        "must be an object with commune_code, ethnic_group, harvest_months, story_vi and story_en"
      ),
    }
  )
  .strict()

type VariantInput = z.infer<typeof variant>
type OptionInput = z.infer<typeof option>

/** Variant titles name the variants in replies and stock; options must match the product's. */
const checkVariants = (
  body: { options?: OptionInput[]; variants: VariantInput[] },
  ctx: z.RefinementCtx
): void => {
  const titles = body.variants.map((v) => v.title)
  if (new Set(titles).size !== titles.length) {
    ctx.addIssue({
      code: "custom",
      path: ["variants"],
      message: "Each variant needs its own title.",
    })
  }
  body.variants.forEach((v) => {
    if (v.stock !== undefined && !v.manage_inventory) {
      ctx.addIssue({
        code: "custom",
        path: ["variants"],
        message: `Variant "${v.title}" does not track stock (manage_inventory is false), so it cannot have a stock figure.`,
      })
    }
  })
  if (!body.options) {
    if (body.variants.some((v) => v.options !== undefined)) {
      ctx.addIssue({
        code: "custom",
        path: ["options"],
        message:
          "Variants name option values, so list the product's options with their values.",
      })
    }
    return
  }
  const names = body.options.map((o) => o.title)
  if (new Set(names).size !== names.length) {
    ctx.addIssue({
      code: "custom",
      path: ["options"],
      message: "Each option needs its own title.",
    })
  }
  for (const v of body.variants) {
    for (const o of body.options) {
      const value = v.options?.[o.title]
      if (value === undefined || !o.values.includes(value)) {
        ctx.addIssue({
          code: "custom",
          path: ["variants"],
          message: `Variant "${v.title}" must choose one of the values of option "${o.title}" (${o.values.join(", ")}).`,
        })
      }
    }
    const unknown = Object.keys(v.options ?? {}).filter(
      (key) => !names.includes(key)
    )
    if (unknown.length > 0) {
      ctx.addIssue({
        code: "custom",
        path: ["variants"],
        message: `Variant "${v.title}" names options the product does not have: ${unknown.join(", ")}.`,
      })
    }
  }
}

/** POST /seller/products: Medusa's admin product body, plus the product's origin. */
export const SellerCreateProduct = z
  .object(
    {
      title: text("title", 2, 200),
      subtitle: text("subtitle", 1, 200).optional(),
      description: text("description", 1, 5000).optional(),
      handle: handle.optional(),
      status: status.default("draft"),
      images: images.optional(),
      thumbnail: url("thumbnail").optional(),
      ...dimensions,
      options: z
        .array(option, {
          error: "options must be a list of { title, values }.",
        })
        .min(1, "List at least one option, or leave options out.")
        .max(MAX_OPTIONS, `A product has at most ${MAX_OPTIONS} options.`)
        .optional(),
      variants: z
        .array(variant, {
          error: missingOr("variants", "must be a list of variants"),
        })
        .min(1, "A product needs at least one variant, with its price.")
        .max(MAX_VARIANTS, `A product has at most ${MAX_VARIANTS} variants.`),
      origin,
      category_handle: handle.optional(),
    },
    { error: "Send the product as a JSON object." }
  )
  .strict()
  .superRefine(checkVariants)

export type SellerCreateProductType = z.infer<typeof SellerCreateProduct>

const variantChange = z
  .object(
    {
      id: z
        .string({ error: missingOr("variants.id", "must be text") })
        .regex(
          /^variant_[A-Za-z0-9]{1,60}$/,
          "variants.id looks like variant_01J…; copy it from GET /seller/products/:id."
        ),
      prices: prices.optional(),
      stock: stock.optional(),
    },
    { error: "Each variant change is { id, prices?, stock? }." }
  )
  .strict()

/** POST /seller/products/:id: what a seller may change; the cooperative and origin stay. */
export const SellerUpdateProduct = z
  .object(
    {
      title: text("title", 2, 200).optional(),
      subtitle: text("subtitle", 1, 200).nullable().optional(),
      description: text("description", 1, 5000).nullable().optional(),
      status: status.optional(),
      images: images.optional(),
      thumbnail: url("thumbnail").nullable().optional(),
      ...dimensions,
      variants: z
        .array(variantChange, {
          error: "variants must be a list of { id, prices?, stock? }.",
        })
        .max(MAX_VARIANTS, `A product has at most ${MAX_VARIANTS} variants.`)
        .refine(
          (list) => new Set(list.map((v) => v.id)).size === list.length,
          "Each variant may be changed once per request."
        )
        .optional(),
    },
    { error: "Send the changes as a JSON object." }
  )
  .strict()

export type SellerUpdateProductType = z.infer<typeof SellerUpdateProduct>

export const SellerProductParams = z
  .object({
    id: z
      .string()
      .max(100, "A product id has at most 100 characters.")
      .regex(
        /^[A-Za-z0-9_]+$/,
        "A product id looks like prod_01J…; copy it from GET /seller/products."
      ),
  })
  .strict()

/** GET /seller/products: paging and a title search; no expansion of fields. */
export const SellerGetProductsParams = z
  .object({
    ...pageParams(50, 100_000),
    q: z
      .string({ error: "q must be text." })
      .trim()
      .max(100, "q must be at most 100 characters long.")
      .optional(),
  })
  .strict()

export type SellerGetProductsParamsType = z.infer<
  typeof SellerGetProductsParams
>

export const SellerNoProductQuery = z.object({}).strict()
