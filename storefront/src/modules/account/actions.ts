"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { revalidatePath } from "next/cache"

import { redirect } from "@/i18n/navigation"
import { forgetCart, readCartId } from "@/lib/data/cart"
import {
  claimCart,
  createAddress,
  CustomerApiError,
  deleteAddress,
  EmailTakenError,
  forgetCustomerToken,
  getCustomer,
  registerCustomer,
  setDefaultShippingAddress,
  signInCustomer,
  storeCustomerToken,
  updateAddress,
  updateCustomer,
} from "@/lib/data/customer"
import { listCommunes } from "@/lib/data/places"
import { normalizeVnMobile } from "@/lib/util/phone"
import { readText } from "@/lib/util/form-data"
import type { FormState } from "@/modules/seller/form-state"

import {
  type AccountField,
  addressProblems,
  explainProblems,
  fieldOfBackendMessage,
  type FormFields,
  type Problems,
  profileProblems,
  registerProblems,
  signInProblems,
} from "./validate"

type Translate = Awaited<ReturnType<typeof getTranslations<"account">>>

/** The named fields as typed (trimmed), to check them and to put them back after a refusal. */
const readFields = <Name extends AccountField>(
  form: FormData,
  names: readonly Name[]
): Record<Name, string> =>
  Object.fromEntries(
    names.map((name) => [name, readText(form, name)])
  ) as Record<Name, string>

const explainAll = (t: Translate, problems: Problems): Record<string, string> =>
  explainProblems(problems, (key, values) => t(`problems.${key}`, values))

/** A backend refusal as form state: next to its field when it names one of the form's fields. */
const refusal = async (
  error: unknown,
  fields: readonly AccountField[],
  values: FormFields
): Promise<FormState> => {
  const t = await getTranslations("account")
  if (!(error instanceof CustomerApiError) || error.status >= 500) {
    return { message: t("serverError"), values }
  }
  if (error.status === 429) {
    return { message: t("tooMany"), values }
  }
  if (error.status === 401) {
    return { message: t("signedOut"), values }
  }
  const field = fieldOfBackendMessage(error.message, fields)
  return field
    ? { errors: { [field]: error.message }, values }
    : { message: error.message, values }
}

/** Only a path inside this shop: never another site ("//evil.example", "https://…"). */
const safeNext = (next: string): string | undefined =>
  /^\/(?!\/)[\w\-/?=&.%]{0,200}$/.test(next) ? next : undefined

/**
 * Redirects to a path of this shop in the page's language. The path and its query go separately,
 * so that next-intl finds the localized path (/account/addresses → /tai-khoan/dia-chi).
 */
const go = async (path: string): Promise<never> => {
  const url = new URL(path, "http://shop.invalid")
  return redirect({
    href: {
      pathname: url.pathname,
      query: Object.fromEntries(url.searchParams),
    },
    locale: await getLocale(),
  })
}

/** Keeps the buyer signed in, with the cart they filled before signing in. */
const keepSignedIn = async (token: string): Promise<void> => {
  await storeCustomerToken(token)
  const cartId = await readCartId()
  if (cartId) {
    await claimCart(cartId, token)
  }
}

// The header's account link and every account page show who is signed in.
const refreshAccount = () => revalidatePath("/[locale]/account", "layout")

// Signing in and out

const REGISTER_FIELDS = ["name", "email", "phone", "password"] as const

export const registerAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("account")
  const fields = readFields(form, REGISTER_FIELDS)
  // The password is taken as typed: spaces may be part of it.
  const password = String(form.get("password") ?? "")
  const values = { name: fields.name, email: fields.email, phone: fields.phone }
  const problems = registerProblems({ ...fields, password })
  if (Object.keys(problems).length > 0) {
    return { errors: explainAll(t, problems), values }
  }
  try {
    await keepSignedIn(
      await registerCustomer({
        email: fields.email.toLowerCase(),
        password,
        name: fields.name,
        phone: normalizeVnMobile(fields.phone) ?? fields.phone,
      })
    )
  } catch (error) {
    if (error instanceof EmailTakenError) {
      return { errors: { email: t("register.taken") }, values }
    }
    return refusal(error, REGISTER_FIELDS, values)
  }
  refreshAccount()
  return go(safeNext(readText(form, "next")) ?? "/account")
}

export const signInAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("account")
  const email = readText(form, "email").toLowerCase()
  const password = String(form.get("password") ?? "")
  const values = { email }
  const problems = signInProblems({ email, password })
  if (Object.keys(problems).length > 0) {
    return { errors: explainAll(t, problems), values }
  }
  try {
    const answer = await signInCustomer(email, password)
    if ("unfinished" in answer) {
      return { message: t("signIn.unfinished"), values }
    }
    await keepSignedIn(answer.token)
  } catch (error) {
    if (error instanceof CustomerApiError && error.status === 401) {
      return { message: t("signIn.wrong"), values }
    }
    return refusal(error, [], values)
  }
  refreshAccount()
  return go(safeNext(readText(form, "next")) ?? "/account")
}

export const signOutAction = async (): Promise<never> => {
  await forgetCustomerToken()
  // The cart is the buyer's now: the next person at this browser starts their own.
  await forgetCart()
  refreshAccount()
  return go("/")
}

// Profile

const PROFILE_FIELDS = ["name", "phone"] as const

export const updateProfileAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("account")
  const values = readFields(form, PROFILE_FIELDS)
  const problems = profileProblems(values)
  if (Object.keys(problems).length > 0) {
    return { errors: explainAll(t, problems), values }
  }
  const phone = normalizeVnMobile(values.phone) ?? values.phone
  try {
    await updateCustomer({ name: values.name, phone })
  } catch (error) {
    return refusal(error, PROFILE_FIELDS, values)
  }
  refreshAccount()
  return { ok: true, message: t("saved"), values: { ...values, phone } }
}

// Address book

const ADDRESS_FIELDS = [
  "name",
  "phone",
  "province_code",
  "commune_code",
  "address_1",
] as const

export const saveAddressAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("account")
  const values = readFields(form, ADDRESS_FIELDS)
  const problems = addressProblems(values)
  if (Object.keys(problems).length > 0) {
    return { errors: explainAll(t, problems), values }
  }
  const provinceCode = values.province_code
  const communeCode = values.commune_code
  // The commune's Vietnamese name is what the parcel label and the backend read; it comes from
  // the 2025 units, never from what the browser sent.
  const commune = (await listCommunes(provinceCode, "vi")).find(
    (option) => option.code === communeCode
  )
  if (!commune) {
    return {
      errors: { commune_code: t("address.communeNotInProvince") },
      values,
    }
  }
  const input = {
    name: values.name,
    phone: normalizeVnMobile(values.phone) ?? values.phone,
    line: values.address_1,
    provinceCode,
    communeCode,
    communeName: commune.name,
  }
  const id = readText(form, "address_id")
  try {
    if (id) {
      await updateAddress(id, input)
    } else {
      const customer = await getCustomer()
      await createAddress(input, {
        // The first address is where parcels go until the buyer says otherwise.
        isDefaultShipping: customer?.addresses.length === 0,
      })
    }
  } catch (error) {
    return refusal(error, ADDRESS_FIELDS, values)
  }
  refreshAccount()
  return go(`/account/addresses?saved=${id ? "updated" : "added"}`)
}

export const deleteAddressAction = async (form: FormData): Promise<void> => {
  await deleteAddress(readText(form, "address_id"))
  refreshAccount()
  await go("/account/addresses?saved=deleted")
}

export const setDefaultAddressAction = async (
  form: FormData
): Promise<void> => {
  await setDefaultShippingAddress(readText(form, "address_id"))
  refreshAccount()
  await go("/account/addresses?saved=default")
}

// Pickers

export const loadCommunesAction = async (
  provinceCode: string
): Promise<{ code: string; name: string }[]> =>
  listCommunes(provinceCode.slice(0, 2), await getLocale())
