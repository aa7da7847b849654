"use server"

import { getTranslations } from "next-intl/server"
import { refresh } from "next/cache"

import {
  addToCart,
  removeCartLine,
  StoreApiError,
  updateCartLine,
} from "@/lib/data/cart"
import { readText } from "@/lib/util/form-data"

import { MAX_QUANTITY, nextQuantity, parseQuantity } from "./quantity"

/** What a cart form's server action answers, for the form to show. */
export type CartFormState = {
  ok?: boolean
  message?: string
}

const ID_PATTERN = /^[\w-]{1,100}$/

/** Medusa refuses a line the stock cannot cover with a sentence about inventory. */
const isStockRefusal = (error: StoreApiError): boolean =>
  error.status === 409 ||
  (error.status === 400 && /inventory|stock/i.test(error.message))

const refusal = async (error: unknown): Promise<CartFormState> => {
  const t = await getTranslations("cart")
  if (!(error instanceof StoreApiError) || error.status >= 500) {
    return { message: t("serverError") }
  }
  if (isStockRefusal(error)) {
    return { message: t("notEnoughStock") }
  }
  if (error.status === 404) {
    return { message: t("cartGone") }
  }
  return { message: error.message }
}

export const addToCartAction = async (
  _previous: CartFormState,
  form: FormData
): Promise<CartFormState> => {
  const t = await getTranslations("cart")
  const variantId = readText(form, "variant_id")
  const quantity = parseQuantity(readText(form, "quantity"))
  if (!ID_PATTERN.test(variantId)) {
    return { message: t("pickVariant") }
  }
  if (quantity === undefined) {
    return { message: t("badQuantity", { max: MAX_QUANTITY }) }
  }
  try {
    await addToCart(variantId, quantity)
  } catch (error) {
    return refusal(error)
  }
  // The header's count is in the layout: draw the page again, caches untouched.
  refresh()
  return { ok: true, message: t("added") }
}

export const updateLineAction = async (
  _previous: CartFormState,
  form: FormData
): Promise<CartFormState> => {
  const t = await getTranslations("cart")
  const lineId = readText(form, "line_id")
  if (!ID_PATTERN.test(lineId)) {
    return { message: t("cartGone") }
  }
  const quantity = nextQuantity(
    readText(form, "intent"),
    readText(form, "quantity")
  )
  if (quantity === undefined) {
    return { message: t("badQuantity", { max: MAX_QUANTITY }) }
  }
  try {
    if (quantity === 0) {
      await removeCartLine(lineId)
    } else {
      await updateCartLine(lineId, quantity)
    }
  } catch (error) {
    return refusal(error)
  }
  refresh()
  return { ok: true }
}
