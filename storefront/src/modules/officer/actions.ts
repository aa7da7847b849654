"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { revalidatePath } from "next/cache"

import { redirect } from "@/i18n/navigation"
import { getCooperative } from "@/lib/data/cooperatives"
import {
  createRecordedSale,
  deleteRecordedSale,
  forgetOfficerToken,
  getLegacyCommune,
  importRecordedSales,
  OfficerApiError,
  signInOfficer,
  storeOfficerToken,
} from "@/lib/data/officer"
import { readText } from "@/lib/util/form-data"
import type { FormState } from "@/modules/seller/form-state"
import { fieldOfMessage } from "@/modules/seller/form-state"
import type { ImportProblem, LegacyCommune } from "@/types/impact"

import { NOTE_MAX, readRecordedSale } from "./recorded-sale-input"
import { safeNext } from "./session"

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
/** The backend takes at most 1 MB of CSV. */
const CSV_MAX_BYTES = 1024 * 1024

const go = async (href: string): Promise<never> =>
  redirect({ href, locale: await getLocale() })

/** A backend refusal as form state: next to the field it names, else above the form. */
const refusal = async (
  error: unknown,
  fields: readonly string[],
  values: Record<string, string>
): Promise<FormState> => {
  const t = await getTranslations("officer")
  if (error instanceof OfficerApiError && error.status === 401) {
    return go("/officer/sign-in")
  }
  if (!(error instanceof OfficerApiError) || error.status >= 500) {
    return { message: t("serverError"), values }
  }
  const field = fieldOfMessage(error.message, fields)
  return field
    ? { errors: { [field]: error.message }, values }
    : { message: error.message, values }
}

// Signing in

export const officerSignInAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("officer")
  const email = readText(form, "email").toLowerCase()
  const password =
    typeof form.get("password") === "string" ? String(form.get("password")) : ""
  const values = { email }
  const errors: Record<string, string> = {}
  if (!email) {
    errors.email = t("required")
  } else if (email.length > 254 || !EMAIL.test(email)) {
    errors.email = t("badEmail")
  }
  if (!password) {
    errors.password = t("required")
  }
  if (Object.keys(errors).length > 0) {
    return { errors, values }
  }
  try {
    await storeOfficerToken(await signInOfficer(email, password.slice(0, 256)))
  } catch (error) {
    if (error instanceof OfficerApiError && [400, 401].includes(error.status)) {
      return { message: t("signIn.wrong"), values }
    }
    if (error instanceof OfficerApiError && error.status === 429) {
      return { message: t("signIn.tooMany"), values }
    }
    return { message: t("serverError"), values }
  }
  return go(safeNext(readText(form, "next")))
}

export const officerSignOutAction = async (): Promise<never> => {
  await forgetOfficerToken()
  return go("/officer/sign-in")
}

// Recorded sales

const RECORDED_FIELDS = [
  "month",
  "commune_code",
  "code_kind",
  "sales_value",
  "cooperative_id",
  "note",
  "shares",
] as const

export const createRecordedSaleAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("officer.recorded")
  const values = Object.fromEntries(
    [...form.entries()].filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && !entry[0].startsWith("$ACTION")
    )
  )
  const input = readRecordedSale(form)
  if ("errors" in input) {
    const officer = await getTranslations("officer")
    return {
      values,
      errors: Object.fromEntries(
        Object.entries(input.errors).map(([field, problem]) => [
          field,
          problem === "required"
            ? officer("required")
            : problem === "tooLong"
              ? t("tooLong", { max: NOTE_MAX })
              : problem === "badHandle"
                ? t("cooperativeUnknown", {
                    handle: readText(form, "cooperative"),
                  })
                : t(problem),
        ])
      ),
    }
  }
  const { fields } = input
  let cooperativeId: string | undefined
  if (fields.cooperativeHandle) {
    const cooperative = await getCooperative(
      fields.cooperativeHandle,
      await getLocale()
    )
    if (!cooperative) {
      return {
        values,
        errors: {
          cooperative: t("cooperativeUnknown", {
            handle: fields.cooperativeHandle,
          }),
        },
      }
    }
    cooperativeId = cooperative.id
  }
  try {
    const rows = await createRecordedSale({
      month: fields.month,
      commune_code: fields.communeCode,
      code_kind: fields.codeKind,
      sales_value: fields.salesValue,
      ...(cooperativeId ? { cooperative_id: cooperativeId } : {}),
      ...(fields.note ? { note: fields.note } : {}),
      ...(fields.shares ? { shares: fields.shares } : {}),
    })
    revalidatePath("/[locale]/officer", "layout")
    return { ok: true, message: t("saved", { count: rows.length }) }
  } catch (error) {
    const state = await refusal(error, RECORDED_FIELDS, values)
    // The backend names the cooperative by its id; the form asks for its handle.
    if (state.errors?.cooperative_id) {
      return {
        ...state,
        errors: { cooperative: state.errors.cooperative_id },
      }
    }
    return state
  }
}

export const deleteRecordedSaleAction = async (
  form: FormData
): Promise<void> => {
  const id = readText(form, "id")
  if (/^[\w-]{1,100}$/.test(id)) {
    try {
      await deleteRecordedSale(id)
    } catch (error) {
      // Already gone (another officer, another tab): the list below shows what is left.
      if (!(error instanceof OfficerApiError && error.status === 404)) {
        throw error
      }
    }
  }
  revalidatePath("/[locale]/officer", "layout")
}

export type ImportState = FormState & { problems?: ImportProblem[] }

export const importRecordedSalesAction = async (
  _previous: ImportState,
  form: FormData
): Promise<ImportState> => {
  const t = await getTranslations("officer.recorded")
  const file = form.get("file")
  if (!(file instanceof File) || file.size === 0) {
    return { errors: { file: (await getTranslations("officer"))("required") } }
  }
  if (file.size > CSV_MAX_BYTES) {
    return { errors: { file: t("tooBig") } }
  }
  try {
    const created = await importRecordedSales(await file.text())
    revalidatePath("/[locale]/officer", "layout")
    return { ok: true, message: t("imported", { count: created }) }
  } catch (error) {
    if (error instanceof OfficerApiError && error.status === 400) {
      return {
        errors: { file: error.message },
        problems: error.problems.slice(0, 500),
      }
    }
    const state = await refusal(error, [], {})
    return { errors: { file: state.message ?? "" } }
  }
}

export type LegacyLookup =
  { found: true; legacy: LegacyCommune } | { found: false; message: string }

/** The 2025 communes an old commune code became, for the recorded-sale form's shares. */
export const lookUpLegacyCommuneAction = async (
  code: string
): Promise<LegacyLookup> => {
  const t = await getTranslations("officer")
  if (typeof code !== "string" || !/^\d{5}$/.test(code)) {
    return { found: false, message: t("recorded.badCode") }
  }
  try {
    const legacy = await getLegacyCommune(code)
    return legacy && legacy.communes.length > 0
      ? { found: true, legacy }
      : { found: false, message: t("recorded.legacyUnknown", { code }) }
  } catch (error) {
    if (error instanceof OfficerApiError && error.status < 500) {
      return { found: false, message: error.message }
    }
    return { found: false, message: t("serverError") }
  }
}
