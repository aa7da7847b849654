"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { refresh } from "next/cache"

import { redirect } from "@/i18n/navigation"
import {
  chooseDelivery,
  forgetCart,
  getCart,
  listPaymentMethods,
  readCartId,
  setCartContact,
  StoreApiError,
} from "@/lib/data/cart"
import { placeOrder } from "@/lib/data/checkout"
import { isPaymentMethodId } from "@/lib/util/card-payment"
import { getPlace, listCommunes } from "@/lib/data/places"
import { normalizeVnMobile } from "@/lib/util/phone"
import { readText } from "@/lib/util/form-data"
import { CHECKOUT_PATH, confirmationHref } from "@/modules/cart/paths"

import type { CheckoutFormState } from "./form-state"
import { orderFailure } from "./order-failure"
import {
  CONTACT_FIELDS,
  type ContactField,
  type ContactInput,
  contactProblems,
  type ContactProblem,
  fieldOfAddressMessage,
  problemMessage,
} from "./validate"

type Translate = Awaited<ReturnType<typeof getTranslations<"checkout">>>

const explain = (
  t: Translate,
  field: ContactField,
  problem: ContactProblem
): string => {
  const text = problemMessage(field, problem)
  return text.key === "tooLong" ? t(text.key, text.values) : t(text.key)
}

const isServerTrouble = (error: unknown): boolean =>
  !(error instanceof StoreApiError) || error.status >= 500

// Pickers

export const loadCommunesAction = async (
  provinceCode: string
): Promise<{ code: string; name: string }[]> =>
  listCommunes(provinceCode.slice(0, 2), await getLocale())

// Step 1: who receives the parcels, and where

export const saveContactAction = async (
  _previous: CheckoutFormState,
  form: FormData
): Promise<CheckoutFormState> => {
  const t = await getTranslations("checkout")
  const input = Object.fromEntries(
    CONTACT_FIELDS.map((field) => [field, readText(form, field)])
  ) as ContactInput
  const values: Record<string, string> = { ...input }
  const problems = contactProblems(input)
  const errors: Record<string, string> = Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [
      field,
      explain(t, field as ContactField, problem),
    ])
  )
  // The commune's name goes into the address as the backend keeps it: in Vietnamese.
  const place = problems.commune_code
    ? undefined
    : await getPlace(input.commune_code, "vi")
  if (!problems.commune_code && place?.provinceCode !== input.province_code) {
    errors.commune_code = t("pickCommune")
  }
  if (Object.keys(errors).length > 0 || !place) {
    return { errors, values }
  }
  try {
    await setCartContact(input.email.toLowerCase(), {
      name: input.name,
      phone: normalizeVnMobile(input.phone) ?? input.phone,
      line: input.address_1,
      provinceCode: input.province_code,
      communeCode: place.communeCode,
      communeName: place.communeName,
    })
  } catch (error) {
    if (isServerTrouble(error)) {
      return { message: t("serverError"), values }
    }
    const message = (error as StoreApiError).message
    const field = fieldOfAddressMessage(message)
    return field
      ? { errors: { [field]: message }, values }
      : { message: t("addressRefused", { reason: message }), values }
  }
  // Back to the checkout without "?edit=address": the next step opens.
  return redirect({ href: CHECKOUT_PATH, locale: await getLocale() })
}

// Step 2: a delivery for each cooperative's parcel

export const chooseDeliveryAction = async (
  _previous: CheckoutFormState,
  form: FormData
): Promise<CheckoutFormState> => {
  const t = await getTranslations("checkout")
  const locale = await getLocale()
  const view = await getCart(locale, { delivery: true })
  if (!view?.delivery) {
    return { message: t("deliveryNeedsAddress") }
  }
  const errors: Record<string, string> = {}
  const picks: string[] = []
  for (const group of view.delivery) {
    const key = `delivery:${group.cooperative.id}`
    const chosen = group.options.find(
      (option) => option.id === readText(form, key)
    )
    if (!chosen || chosen.quoteError !== undefined) {
      errors[key] = t("pickDelivery")
    } else if (chosen.id !== group.chosenOptionId) {
      picks.push(chosen.id)
    }
  }
  if (Object.keys(errors).length > 0) {
    return { errors }
  }
  // One at a time: each pick rewrites the same cart.
  for (const optionId of picks) {
    try {
      await chooseDelivery(optionId)
    } catch (error) {
      if (isServerTrouble(error)) {
        return { message: t("serverError") }
      }
      const group = view.delivery.find((entry) =>
        entry.options.some((option) => option.id === optionId)
      )
      return {
        errors: {
          [`delivery:${group?.cooperative.id ?? ""}`]: t("deliveryRefused", {
            reason: (error as StoreApiError).message,
          }),
        },
      }
    }
  }
  refresh()
  return { ok: true }
}

// Steps 3 and 4: how to pay, and the order

export const placeOrderAction = async (
  _previous: CheckoutFormState,
  form: FormData
): Promise<CheckoutFormState> => {
  const t = await getTranslations("checkout")
  const locale = await getLocale()
  const cartId = await readCartId()
  const view = cartId ? await getCart(locale) : undefined
  if (!cartId || !view) {
    return { message: t("emptyCart") }
  }
  const providerId = readText(form, "payment_provider_id")
  const paymentMethodId = readText(form, "payment_method")
  let checkoutId: string
  try {
    const methods = await listPaymentMethods(view.cart.regionId)
    const method = methods.find((entry) => entry.id === providerId)
    if (!method) {
      return { errors: { payment_provider_id: t("paymentIntro") } }
    }
    // The card field turns the card into a Stripe PaymentMethod in the browser; without it (no
    // script yet, or a forged form) there is nothing to charge.
    if (method.kind === "card" && !isPaymentMethodId(paymentMethodId)) {
      return { errors: { card: t("cardMissing") } }
    }
    const checkout = await placeOrder(
      cartId,
      method.id,
      method.kind === "card" ? paymentMethodId : undefined
    )
    checkoutId = checkout.id
  } catch (error) {
    const failure = orderFailure(
      error instanceof StoreApiError
        ? { status: error.status, message: error.message }
        : undefined
    )
    return {
      message:
        failure.key === "orderRefused"
          ? t(failure.key, { reason: failure.reason ?? "" })
          : t(failure.key),
      ...(failure.detail ? { detail: failure.detail } : {}),
      ...(failure.kind ? { kind: failure.kind } : {}),
    }
  }
  await forgetCart()
  return redirect({ href: confirmationHref(checkoutId), locale })
}
