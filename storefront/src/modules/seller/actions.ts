"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { revalidatePath } from "next/cache"

import { redirect } from "@/i18n/navigation"
import { listCommunes } from "@/lib/data/places"
import {
  acceptInvite,
  applyForCooperative,
  cancelInvite,
  createSellerProduct,
  deleteSellerProduct,
  forgetSellerToken,
  inviteStaff,
  readSellerToken,
  recordCodCollected,
  refreshSellerToken,
  registerSeller,
  removeMember,
  SellerApiError,
  signInSeller,
  startProductImport,
  storeSellerToken,
  updateCooperative,
  updateSellerProduct,
  uploadDocuments,
} from "@/lib/data/seller"
import { readText } from "@/lib/util/form-data"
import type { ProductImport } from "@/types/seller"

import type { UploadedImage } from "./components/photo-uploader"

import { explain, type SellerTranslate } from "./explain"
import { fieldOfMessage, type FormState } from "./form-state"
import {
  emailProblem,
  handleProblem,
  normalizePhone,
  numberProblem,
  parseWholeNumber,
  phoneProblem,
  type Problem,
  textProblem,
} from "./validate"

const collect = (
  t: SellerTranslate,
  checks: Record<string, Problem | undefined>
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(checks)
      .filter((entry): entry is [string, Problem] => entry[1] !== undefined)
      .map(([field, problem]) => [field, explain(t, problem)])
  )

const valuesOf = (
  form: FormData,
  omit: string[] = []
): Record<string, string> =>
  Object.fromEntries(
    [...form.entries()]
      .filter(
        (entry): entry is [string, string] =>
          typeof entry[1] === "string" &&
          !omit.includes(entry[0]) &&
          !entry[0].startsWith("$ACTION")
      )
      .map(([name, value]) => [name, value])
  )

/** A backend refusal as form state: next to its field when it names one of the form's fields. */
const refusal = async (
  error: unknown,
  fields: readonly string[],
  values: Record<string, string>
): Promise<FormState> => {
  const t = await getTranslations("seller")
  if (!(error instanceof SellerApiError) || error.status >= 500) {
    return { message: t("serverError"), values }
  }
  const field = fieldOfMessage(error.message, fields)
  return field
    ? { errors: { [field]: error.message }, values }
    : { message: error.message, values }
}

const go = async (href: string): Promise<never> =>
  redirect({ href, locale: await getLocale() })

// Accounts

export const signUpAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const email = readText(form, "email").toLowerCase()
  const password =
    typeof form.get("password") === "string" ? String(form.get("password")) : ""
  const values = { email }
  const errors = collect(t, {
    email: emailProblem(email),
    password: textProblem(password, { min: 8, max: 128 }),
  })
  if (Object.keys(errors).length > 0) {
    return { errors, values }
  }
  try {
    await storeSellerToken(await registerSeller(email, password))
  } catch (error) {
    if (error instanceof SellerApiError && [400, 401].includes(error.status)) {
      return { errors: { email: t("signUp.taken") }, values }
    }
    if (error instanceof SellerApiError && error.status === 429) {
      return { message: t("signIn.tooMany"), values }
    }
    return refusal(error, ["email", "password"], values)
  }
  const next = readText(form, "next")
  return go(next.startsWith("/seller/invite") ? next : "/seller/apply")
}

export const signInAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const email = readText(form, "email").toLowerCase()
  const password =
    typeof form.get("password") === "string" ? String(form.get("password")) : ""
  const values = { email }
  const errors = collect(t, {
    email: emailProblem(email),
    password: textProblem(password, { max: 128 }),
  })
  if (Object.keys(errors).length > 0) {
    return { errors, values }
  }
  try {
    await storeSellerToken(await signInSeller(email, password))
  } catch (error) {
    if (error instanceof SellerApiError && error.status === 401) {
      return { message: t("signIn.wrong"), values }
    }
    if (error instanceof SellerApiError && error.status === 429) {
      return { message: t("signIn.tooMany"), values }
    }
    return refusal(error, [], values)
  }
  const next = readText(form, "next")
  return go(/^\/seller(\/[\w/?=&-]*)?$/.test(next) ? next : "/seller")
}

export const signOutAction = async (): Promise<never> => {
  await forgetSellerToken()
  return go("/seller/sign-in")
}

// Application

const APPLY_FIELDS = [
  "name",
  "handle",
  "registration_number",
  "commune_code",
  "address_line",
  "phone",
  "email",
  "ethnic_groups",
  "households",
  "households.total",
  "households.poor",
  "households.near_poor",
  "households.ethnic_minority",
  "story_vi",
  "story_en",
  "founded_year",
  "owner_name",
] as const

const HOUSEHOLD_PARTS = ["poor", "near_poor", "ethnic_minority"] as const

/** The profile fields both the application and the profile page send, checked and shaped. */
const readProfile = async (
  form: FormData,
  { withIdentity }: { withIdentity: boolean }
): Promise<
  | { errors: Record<string, string>; values: Record<string, string> }
  | {
      body: Record<string, unknown>
    }
> => {
  const t = await getTranslations("seller")
  const values = valuesOf(form, ["ethnic_groups"])
  values.ethnic_groups = form.getAll("ethnic_groups").join(",")
  const ethnicGroups = form
    .getAll("ethnic_groups")
    .filter((value): value is string => typeof value === "string")
    .slice(0, 12)
  const total = readText(form, "households.total")
  const checks: Record<string, Problem | undefined> = {
    name: textProblem(readText(form, "name"), { min: 2, max: 200 }),
    province_code: readText(form, "province_code")
      ? undefined
      : { key: "pickOne" },
    commune_code: /^\d{5}$/.test(readText(form, "commune_code"))
      ? undefined
      : { key: "pickOne" },
    address_line: textProblem(readText(form, "address_line"), {
      min: 2,
      max: 300,
    }),
    phone: phoneProblem(readText(form, "phone")),
    email: emailProblem(readText(form, "email")),
    founded_year: numberProblem(readText(form, "founded_year"), {
      min: 1945,
      max: new Date().getFullYear(),
      required: false,
    }),
    ethnic_groups: ethnicGroups.length > 0 ? undefined : { key: "pickOne" },
    "households.total": numberProblem(total, { min: 1, max: 100_000 }),
    story_vi: textProblem(readText(form, "story_vi"), { max: 5000 }),
    story_en: textProblem(readText(form, "story_en"), {
      max: 5000,
      required: false,
    }),
  }
  if (withIdentity) {
    checks.handle = handleProblem(readText(form, "handle"))
    checks.registration_number = textProblem(
      readText(form, "registration_number"),
      {
        min: 3,
        max: 40,
      }
    )
    checks.owner_name = textProblem(readText(form, "owner_name"), {
      min: 2,
      max: 120,
      required: false,
    })
  }
  for (const part of HOUSEHOLD_PARTS) {
    checks[`households.${part}`] = numberProblem(
      readText(form, `households.${part}`),
      {
        min: 0,
        max: 100_000,
        required: false,
      }
    )
  }
  const errors = collect(t, checks)
  const totalCount = parseWholeNumber(total) ?? 0
  for (const part of HOUSEHOLD_PARTS) {
    const count = parseWholeNumber(readText(form, `households.${part}`)) ?? 0
    if (!errors[`households.${part}`] && count > totalCount) {
      errors[`households.${part}`] = t("apply.householdsTooMany")
    }
  }
  if (Object.keys(errors).length > 0) {
    return { errors, values }
  }
  const storyVi = readText(form, "story_vi")
  const foundedYear = parseWholeNumber(readText(form, "founded_year"))
  const body: Record<string, unknown> = {
    name: readText(form, "name"),
    commune_code: readText(form, "commune_code"),
    address_line: readText(form, "address_line"),
    phone: normalizePhone(readText(form, "phone")),
    email: readText(form, "email"),
    ethnic_groups: ethnicGroups,
    households: {
      total: totalCount,
      poor: parseWholeNumber(readText(form, "households.poor")) ?? 0,
      near_poor: parseWholeNumber(readText(form, "households.near_poor")) ?? 0,
      ethnic_minority:
        parseWholeNumber(readText(form, "households.ethnic_minority")) ?? 0,
    },
    story_vi: storyVi,
    story_en: readText(form, "story_en") || storyVi,
    ...(foundedYear !== undefined ? { founded_year: foundedYear } : {}),
  }
  if (withIdentity) {
    body.handle = readText(form, "handle")
    body.registration_number = readText(form, "registration_number")
    if (readText(form, "owner_name")) {
      body.owner_name = readText(form, "owner_name")
    }
  }
  return { body }
}

export const applyAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const profile = await readProfile(form, { withIdentity: true })
  if ("errors" in profile) {
    return profile
  }
  try {
    await applyForCooperative(profile.body)
    const token = await readSellerToken()
    if (token) {
      await storeSellerToken(await refreshSellerToken(token))
    }
  } catch (error) {
    return refusal(error, APPLY_FIELDS, valuesOf(form))
  }
  revalidatePath("/[locale]/seller", "layout")
  return go("/seller")
}

export const updateProfileAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const profile = await readProfile(form, { withIdentity: false })
  if ("errors" in profile) {
    return profile
  }
  const values = valuesOf(form, ["ethnic_groups"])
  values.ethnic_groups = form.getAll("ethnic_groups").join(",")
  try {
    await updateCooperative(readText(form, "cooperative_id"), profile.body)
  } catch (error) {
    return refusal(error, APPLY_FIELDS, values)
  }
  revalidatePath("/[locale]/seller", "layout")
  return { ok: true, message: t("saved"), values }
}

export const uploadDocumentsAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const cooperativeId = readText(form, "cooperative_id")
  const files = form
    .getAll("files")
    .filter((file): file is File => file instanceof File && file.size > 0)
  if (files.length === 0) {
    return { errors: { files: t("required") } }
  }
  const upload = new FormData()
  for (const file of files.slice(0, 5)) {
    upload.append("files", file, file.name)
  }
  try {
    await uploadDocuments(cooperativeId, upload)
  } catch (error) {
    const state = await refusal(error, [], {})
    return { errors: { files: state.message ?? t("serverError") } }
  }
  revalidatePath("/[locale]/seller", "layout")
  return { ok: true, message: t("status.documentsSent") }
}

// Listings

const PRODUCT_FIELDS = [
  "title",
  "description",
  "category_handle",
  "images",
  "weight",
  "length",
  "width",
  "height",
  "variants",
  "origin",
  "origin.ethnic_group",
  "origin.harvest_months",
  "origin.story_vi",
  "origin.story_en",
  "status",
] as const

const MAX_VARIANTS = 10

type VariantInput = {
  index: number
  id: string
  title: string
  price: string
  stock: string
}

const readVariants = (form: FormData): VariantInput[] => {
  const variants: VariantInput[] = []
  for (let index = 0; index < MAX_VARIANTS; index += 1) {
    const title = readText(form, `variants.${index}.title`)
    const price = readText(form, `variants.${index}.price`)
    const stock = readText(form, `variants.${index}.stock`)
    const id = readText(form, `variants.${index}.id`)
    if (id || title || price || stock) {
      variants.push({ index, id, title, price, stock })
    }
  }
  return variants
}

const HTTP_URL = /^https?:\/\/\S{1,500}$/

const isSource = (value: unknown): value is { width: number; url: string } =>
  typeof value === "object" &&
  value !== null &&
  "width" in value &&
  "url" in value &&
  Number.isInteger(value.width) &&
  typeof value.url === "string" &&
  HTTP_URL.test(value.url)

/** The photos the uploader put into the form: what POST /seller/uploads answered for each. */
const readImages = (form: FormData): UploadedImage[] =>
  form
    .getAll("images")
    .slice(0, 10)
    .flatMap((raw) => {
      if (typeof raw !== "string" || raw.length > 20_000) {
        return []
      }
      try {
        const parsed: unknown = JSON.parse(raw)
        if (
          typeof parsed !== "object" ||
          parsed === null ||
          !("url" in parsed) ||
          typeof parsed.url !== "string" ||
          !HTTP_URL.test(parsed.url)
        ) {
          return []
        }
        const sources = (key: "webp" | "avif") =>
          key in parsed &&
          Array.isArray((parsed as Record<string, unknown>)[key])
            ? ((parsed as Record<string, unknown[]>)[key] ?? [])
                .filter(isSource)
                .slice(0, 8)
            : []
        return [
          { url: parsed.url, webp: sources("webp"), avif: sources("avif") },
        ]
      } catch {
        return []
      }
    })

const optionalNumber = (form: FormData, name: string): number | undefined =>
  parseWholeNumber(readText(form, name))

export const saveProductAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const productId = readText(form, "product_id")
  const values = valuesOf(form, ["harvest_months", "images"])
  values.harvest_months = form.getAll("harvest_months").join(",")
  values.images = form.getAll("images").join("\n")
  const variants = readVariants(form)
  const months = [
    ...new Set(
      form
        .getAll("harvest_months")
        .map((value) => Number(value))
        .filter((month) => Number.isInteger(month) && month >= 1 && month <= 12)
    ),
  ].sort((a, b) => a - b)
  const images = readImages(form)
  const checks: Record<string, Problem | undefined> = {
    title: textProblem(readText(form, "title"), { min: 2, max: 200 }),
    description: textProblem(readText(form, "description"), {
      max: 5000,
      required: false,
    }),
    weight: numberProblem(readText(form, "weight"), {
      min: 1,
      max: 100_000,
      required: false,
    }),
    length: numberProblem(readText(form, "length"), {
      min: 1,
      max: 1000,
      required: false,
    }),
    width: numberProblem(readText(form, "width"), {
      min: 1,
      max: 1000,
      required: false,
    }),
    height: numberProblem(readText(form, "height"), {
      min: 1,
      max: 1000,
      required: false,
    }),
    variants: variants.length === 0 ? { key: "required" } : undefined,
  }
  if (!productId) {
    checks["origin.ethnic_group"] = readText(form, "ethnic_group")
      ? undefined
      : { key: "pickOne" }
    checks["origin.harvest_months"] =
      months.length > 0 ? undefined : { key: "pickOne" }
    checks["origin.story_vi"] = textProblem(readText(form, "story_vi"), {
      max: 5000,
    })
  }
  for (const variant of variants) {
    if (!productId) {
      checks[`variants.${variant.index}.title`] = textProblem(variant.title, {
        max: 100,
      })
    }
    checks[`variants.${variant.index}.price`] = numberProblem(variant.price, {
      min: 1,
      max: 100_000_000,
    })
    checks[`variants.${variant.index}.stock`] = numberProblem(variant.stock, {
      min: 0,
      max: 100_000,
      required: false,
    })
  }
  const errors = collect(t, checks)
  if (Object.keys(errors).length > 0) {
    return { errors, values }
  }
  const dimensions = Object.fromEntries(
    (["weight", "length", "width", "height"] as const)
      .map((name) => [name, optionalNumber(form, name)] as const)
      .filter(([, value]) => value !== undefined)
  )
  const status = form.get("publish") === "on" ? "published" : "draft"
  const common = {
    title: readText(form, "title"),
    description: readText(form, "description") || undefined,
    status,
    images: images.map(({ url, webp, avif }) => ({
      url,
      ...(webp?.length ? { webp } : {}),
      ...(avif?.length ? { avif } : {}),
    })),
    thumbnail: images[0]?.url,
    ...dimensions,
  }
  let id = productId
  try {
    if (productId) {
      await updateSellerProduct(productId, {
        ...common,
        variants: variants
          .filter((variant) => variant.id)
          .map((variant) => ({
            id: variant.id,
            prices: [
              { amount: parseWholeNumber(variant.price), currency_code: "vnd" },
            ],
            ...(variant.stock
              ? { stock: parseWholeNumber(variant.stock) }
              : {}),
          })),
      })
    } else {
      const storyVi = readText(form, "story_vi")
      const { product } = await createSellerProduct({
        ...common,
        ...(readText(form, "category_handle")
          ? { category_handle: readText(form, "category_handle") }
          : {}),
        variants: variants.map((variant) => ({
          title: variant.title,
          prices: [
            { amount: parseWholeNumber(variant.price), currency_code: "vnd" },
          ],
          stock: parseWholeNumber(variant.stock) ?? 0,
        })),
        origin: {
          commune_code: readText(form, "commune_code"),
          ethnic_group: readText(form, "ethnic_group"),
          harvest_months: months,
          story_vi: storyVi,
          story_en: readText(form, "story_en") || storyVi,
        },
      })
      id = product.id
    }
  } catch (error) {
    return refusal(error, PRODUCT_FIELDS, values)
  }
  revalidatePath("/[locale]/seller", "layout")
  return go(`/seller/products/${id}?saved=1`)
}

export const saveStockAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const productId = readText(form, "product_id")
  const values = valuesOf(form)
  const entries = [...form.keys()]
    .filter((key) => key.startsWith("stock."))
    .slice(0, 50)
  const errors = collect(
    t,
    Object.fromEntries(
      entries.map((key) => [
        key,
        numberProblem(readText(form, key), { min: 0, max: 100_000 }),
      ])
    )
  )
  if (Object.keys(errors).length > 0) {
    return { errors, values }
  }
  try {
    await updateSellerProduct(productId, {
      variants: entries.map((key) => ({
        id: key.slice("stock.".length),
        stock: parseWholeNumber(readText(form, key)),
      })),
    })
  } catch (error) {
    return refusal(error, [], values)
  }
  revalidatePath("/[locale]/seller", "layout")
  return { ok: true, message: t("productForm.stockSaved"), values }
}

export const deleteProductAction = async (form: FormData): Promise<void> => {
  await deleteSellerProduct(readText(form, "product_id"))
  revalidatePath("/[locale]/seller", "layout")
  await go("/seller/products")
}

export const recordCodCollectedAction = async (
  form: FormData
): Promise<void> => {
  const orderId = readText(form, "order_id")
  await recordCodCollected(orderId)
  revalidatePath("/[locale]/seller", "layout")
  await go(`/seller/orders/${orderId}`)
}

// Bulk import

export type ImportState = FormState & {
  import?: ProductImport
  /** The row-by-row report of a file with not one usable row. */
  refused?: ProductImport["errors"]
}

export const startImportAction = async (
  _previous: ImportState,
  form: FormData
): Promise<ImportState> => {
  const t = await getTranslations("seller")
  const file = form.get("file")
  if (!(file instanceof File) || file.size === 0) {
    return { errors: { file: t("required") } }
  }
  const upload = new FormData()
  upload.append("file", file, file.name)
  try {
    const answer = await startProductImport(upload)
    if ("refusal" in answer) {
      return {
        errors: { file: answer.refusal.message || t("import.noValid") },
        refused: answer.refusal.errors.slice(0, 200),
      }
    }
    return { ok: true, import: answer.import }
  } catch (error) {
    return refusal(error, [], {})
  }
}

// Staff

export const inviteAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const email = readText(form, "email").toLowerCase()
  const name = readText(form, "name")
  const values = { email, name }
  const errors = collect(t, {
    name: textProblem(name, { min: 2, max: 120 }),
    email: emailProblem(email),
  })
  if (Object.keys(errors).length > 0) {
    return { errors, values }
  }
  try {
    await inviteStaff({ email, name })
  } catch (error) {
    return refusal(error, ["email", "name"], values)
  }
  revalidatePath("/[locale]/seller/team", "page")
  return { ok: true, message: t("team.invited", { email }) }
}

export const cancelInviteAction = async (form: FormData): Promise<void> => {
  await cancelInvite(readText(form, "invite_id"))
  revalidatePath("/[locale]/seller/team", "page")
}

export const removeMemberAction = async (form: FormData): Promise<void> => {
  await removeMember(readText(form, "member_id"))
  revalidatePath("/[locale]/seller/team", "page")
}

export const acceptInviteAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const name = readText(form, "name")
  const token = readText(form, "token")
  const values = { name }
  const nameProblem = textProblem(name, { min: 2, max: 120 })
  if (nameProblem) {
    return { errors: { name: explain(t, nameProblem) }, values }
  }
  try {
    await acceptInvite({ token: token.slice(0, 200), name })
    const session = await readSellerToken()
    if (session) {
      await storeSellerToken(await refreshSellerToken(session))
    }
  } catch (error) {
    if (error instanceof SellerApiError && error.status === 400) {
      return { message: error.message, values }
    }
    return refusal(error, [], values)
  }
  return go("/seller")
}

// Pickers

export const loadCommunesAction = async (
  provinceCode: string
): Promise<{ code: string; name: string }[]> =>
  listCommunes(provinceCode.slice(0, 2), await getLocale())
