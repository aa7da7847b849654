"use server"

import { getLocale, getTranslations } from "next-intl/server"
import { revalidatePath } from "next/cache"

import { redirect } from "@/i18n/navigation"
import {
  recordShipmentEvent,
  requestPickup,
  SellerApiError,
  shipSellerOrder,
} from "@/lib/data/seller"
import { readText } from "@/lib/util/form-data"

import { explain } from "./explain"
import type { FormState } from "./form-state"
import {
  EVENT_NOTE_MAX,
  eventRefusal,
  isCourierEventStatus,
  PARCEL_FIELDS,
  PICKUP_NOTE_MAX,
  readParcel,
  shipRefusal,
} from "./shipping"
import { textProblem } from "./validate"

const ORDER_ID = /^[\w-]{1,100}$/

const go = async (
  pathname: string,
  query: Record<string, string>
): Promise<never> =>
  redirect({ href: { pathname, query }, locale: await getLocale() })

/**
 * "Ready to ship": the courier books the parcel with the box the member weighed. A refusal is
 * said in the member's language, and what was typed stays for another try.
 */
export const shipOrderAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const orderId = readText(form, "order_id")
  const values = Object.fromEntries(
    PARCEL_FIELDS.map((field) => [field, readText(form, field)])
  )
  if (!ORDER_ID.test(orderId)) {
    return { message: t("ship.notFound"), values }
  }
  const { parcel, problems } = readParcel(values)
  if (Object.keys(problems).length > 0) {
    return {
      errors: Object.fromEntries(
        Object.entries(problems).map(([field, problem]) => [
          field,
          explain(t, problem),
        ])
      ),
      values,
    }
  }
  let tracking: string
  try {
    const { fulfillment } = await shipSellerOrder(orderId, parcel)
    tracking = fulfillment.tracking_number
  } catch (error) {
    if (!(error instanceof SellerApiError)) {
      return { message: t("serverError"), values }
    }
    const refusal = shipRefusal(error.status, error.message)
    if ("field" in refusal) {
      return {
        errors: { [refusal.field]: explain(t, refusal.problem) },
        values,
      }
    }
    if (refusal.key === "serverError") {
      return { message: t("serverError"), values }
    }
    const sentence = t(`ship.${refusal.key}`)
    const detail = refusal.detail
      ? refusal.key === "courierError"
        ? t("ship.courierReason", { reason: refusal.detail })
        : t("ship.detail", { detail: refusal.detail })
      : undefined
    return { message: detail ? `${sentence} ${detail}` : sentence, values }
  }
  revalidatePath("/[locale]/seller", "layout")
  return go(`/seller/orders/${orderId}`, { shipped: tracking })
}

/** What the table courier did with the parcel, recorded by a member (it has no API). */
export const recordShipmentEventAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const orderId = readText(form, "order_id")
  const status = readText(form, "status")
  const note = readText(form, "note")
  const values = { status, note }
  if (!ORDER_ID.test(orderId)) {
    return { message: t("parcel.eventNoParcel"), values }
  }
  const noteProblem = textProblem(note, {
    max: EVENT_NOTE_MAX,
    required: false,
  })
  if (!isCourierEventStatus(status) || noteProblem) {
    return {
      errors: {
        ...(isCourierEventStatus(status) ? {} : { status: t("pickOne") }),
        ...(noteProblem ? { note: explain(t, noteProblem) } : {}),
      },
      values,
    }
  }
  try {
    await recordShipmentEvent(orderId, {
      status,
      ...(note ? { note } : {}),
    })
  } catch (error) {
    if (!(error instanceof SellerApiError)) {
      return { message: t("serverError"), values }
    }
    const refusal = eventRefusal(error.status, error.message)
    return {
      message:
        refusal.key === "serverError"
          ? t("serverError")
          : refusal.key === "eventRefused"
            ? t("parcel.eventRefused", { detail: refusal.detail ?? "" })
            : t(`parcel.${refusal.key}`),
      values,
    }
  }
  revalidatePath("/[locale]/seller", "layout")
  return go(`/seller/orders/${orderId}`, { recorded: "1" })
}

/** One request for the couriers to come for every parcel that is ready. */
export const requestPickupAction = async (
  _previous: FormState,
  form: FormData
): Promise<FormState> => {
  const t = await getTranslations("seller")
  const note = readText(form, "note")
  const values = { note }
  const noteProblem = textProblem(note, {
    max: PICKUP_NOTE_MAX,
    required: false,
  })
  if (noteProblem) {
    return { errors: { note: explain(t, noteProblem) }, values }
  }
  let pickupId: string
  try {
    const { pickup } = await requestPickup(note ? { note } : {})
    pickupId = pickup.id
  } catch (error) {
    if (error instanceof SellerApiError && error.status === 409) {
      return { message: t("pickups.nothingWaiting"), values }
    }
    if (error instanceof SellerApiError && error.status === 400) {
      return { errors: { note: error.message }, values }
    }
    return { message: t("serverError"), values }
  }
  revalidatePath("/[locale]/seller", "layout")
  return go("/seller/pickups", { requested: pickupId })
}
