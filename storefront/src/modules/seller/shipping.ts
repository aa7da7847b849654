/**
 * The portal's shipping forms without the framework: reading the parcel a member typed, and
 * turning the backend's refusals (English sentences for developers) into what the page says in
 * the member's language. See plugins/cooperative-seller/SHIPPING_API.md.
 */
import type { Locale } from "@/i18n/routing"
import type { CourierEventStatus, SellerParcel } from "@/types/seller"

import { fieldOfMessage } from "./form-state"
import { numberProblem, parseWholeNumber, type Problem } from "./validate"

export const PARCEL_LIMITS = {
  weight_g: { min: 1, max: 50_000 },
  length_cm: { min: 1, max: 200 },
  width_cm: { min: 1, max: 200 },
  height_cm: { min: 1, max: 200 },
} as const

export type ParcelField = keyof typeof PARCEL_LIMITS

export const PARCEL_FIELDS = Object.keys(PARCEL_LIMITS) as ParcelField[]

/** What a member can record for the table courier, in the order a parcel goes through them. */
export const COURIER_EVENT_STATUSES: readonly CourierEventStatus[] = [
  "picked_up",
  "in_transit",
  "out_for_delivery",
  "delivered",
  "delivery_failed",
  "returned",
]

export const isCourierEventStatus = (
  value: string
): value is CourierEventStatus =>
  (COURIER_EVENT_STATUSES as readonly string[]).includes(value)

/** A parcel past which nothing more happens: no event to record by hand. */
export const isFinalShipmentStatus = (status: string): boolean =>
  ["delivered", "returned", "canceled"].includes(status)

export const EVENT_NOTE_MAX = 500
export const PICKUP_NOTE_MAX = 300

/**
 * The parcel as typed: the weight is needed, a size left empty is worked out by the backend
 * from the products.
 */
export const readParcel = (
  values: Partial<Record<ParcelField, string>>
): {
  parcel: Partial<SellerParcel>
  problems: Partial<Record<ParcelField, Problem>>
} => {
  const parcel: Partial<Record<ParcelField, number>> = {}
  const problems: Partial<Record<ParcelField, Problem>> = {}
  for (const field of PARCEL_FIELDS) {
    const value = (values[field] ?? "").trim()
    const problem = numberProblem(value, {
      ...PARCEL_LIMITS[field],
      required: field === "weight_g",
    })
    if (problem) {
      problems[field] = problem
      continue
    }
    const number = parseWholeNumber(value)
    if (number !== undefined) {
      parcel[field] = number
    }
  }
  return { parcel, problems }
}

/** What the order page says when "ready to ship" fails; each key is in messages seller.ship. */
export type ShipRefusal =
  | { field: ParcelField; problem: Problem }
  | {
      key:
        | "canceled"
        | "alreadyShipped"
        | "noCourier"
        | "noSenderAddress"
        | "noRecipientAddress"
        | "badProvince"
        | "conflict"
        | "courierError"
        | "invalid"
        | "notFound"
        | "serverError"
      /** The backend's own words when no key says it all (a courier's reason). */
      detail?: string
    }

const CONFLICTS: [RegExp, ShipRefusal & { key: string }][] = [
  [/cancell?ed/i, { key: "canceled" }],
  [/already handed/i, { key: "alreadyShipped" }],
  [/no delivery option/i, { key: "noCourier" }],
  [/stock location/i, { key: "noSenderAddress" }],
  [/delivery address/i, { key: "noRecipientAddress" }],
  [/province/i, { key: "badProvince" }],
]

/** GHN's reason inside "GHN did not accept the parcel (reason). Nothing was sent; …". */
const courierReason = (message: string): string | undefined => {
  const match = /\((.+)\)\.\s*Nothing was sent/s.exec(message)
  return match?.[1]?.trim() || undefined
}

export const shipRefusal = (status: number, message: string): ShipRefusal => {
  if (status === 400) {
    const field = fieldOfMessage(message, PARCEL_FIELDS)
    return field
      ? {
          field: field as ParcelField,
          problem: { key: "badNumber", ...PARCEL_LIMITS[field as ParcelField] },
        }
      : { key: "invalid", detail: message }
  }
  if (status === 404) {
    return { key: "notFound" }
  }
  if (status === 409) {
    const known = CONFLICTS.find(([pattern]) => pattern.test(message))
    return known ? known[1] : { key: "conflict", detail: message }
  }
  if (status === 502) {
    const reason = courierReason(message)
    return reason
      ? { key: "courierError", detail: reason }
      : { key: "courierError" }
  }
  return { key: "serverError" }
}

/** What the event form says when the backend refuses an event; keys in messages seller.parcel. */
export type EventRefusalKey =
  | "eventCanceled"
  | "eventDelivered"
  | "eventNotManual"
  | "eventNoParcel"
  | "eventRefused"
  | "serverError"

export const eventRefusal = (
  status: number,
  message: string
): { key: EventRefusalKey; detail?: string } => {
  if (status === 409 && /cancell?ed/i.test(message)) {
    return { key: "eventCanceled" }
  }
  if (status === 409 && /already delivered/i.test(message)) {
    return { key: "eventDelivered" }
  }
  if (/reports its own events/i.test(message)) {
    return { key: "eventNotManual" }
  }
  if (status === 404) {
    return { key: "eventNoParcel" }
  }
  if (status === 400 || status === 409) {
    return { key: "eventRefused", detail: message }
  }
  return { key: "serverError" }
}

/** "850 g" under a kilogram, "1,5 kg" (vi) or "1.5 kg" (en) from there: how a box is weighed. */
export const formatWeight = (grams: number, locale: Locale): string => {
  if (grams < 1000) {
    return `${Math.round(grams)} g`
  }
  const kilograms = new Intl.NumberFormat(locale === "en" ? "en-GB" : "vi-VN", {
    maximumFractionDigits: 2,
  }).format(grams / 1000)
  return `${kilograms} kg`
}
