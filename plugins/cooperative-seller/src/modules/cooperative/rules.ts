import { MedusaError } from "@medusajs/framework/utils"

import { ETHNIC_GROUP_CODES } from "./ethnic-groups"
import type { Households } from "./types"

/**
 * The cooperative module's rules, checked before anything is written. Each failure is a
 * MedusaError INVALID_DATA (HTTP 400) with a sentence a person can act on.
 */
const invalid = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

export const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_STORY_LENGTH = 5000
export const MAX_ETHNIC_GROUPS = 12
export const MAX_HOUSEHOLDS = 1_000_000

export const assertHandle = (handle: string): void => {
  if (
    handle.length < 2 ||
    handle.length > 100 ||
    !HANDLE_PATTERN.test(handle)
  ) {
    invalid(
      `The handle "${handle.slice(0, 100)}" is not valid: use 2–100 lowercase letters, digits and single hyphens, for example "htx-tao-meo-tram-tau".`
    )
  }
}

export const assertHouseholds = (households: Households): void => {
  const parts = ["total", "poor", "near_poor", "ethnic_minority"] as const
  for (const part of parts) {
    const value = households[part]
    if (!Number.isInteger(value) || value < 0 || value > MAX_HOUSEHOLDS) {
      invalid(
        `Member households "${part}" must be a whole number from 0 to ${MAX_HOUSEHOLDS.toLocaleString("en")}.`
      )
    }
  }
  for (const part of ["poor", "near_poor", "ethnic_minority"] as const) {
    if (households[part] > households.total) {
      invalid(
        `Member households "${part}" (${households[part]}) cannot be more than the total (${households.total}).`
      )
    }
  }
  if (households.poor + households.near_poor > households.total) {
    invalid(
      `Poor and near-poor households together (${households.poor + households.near_poor}) cannot be more than the total (${households.total}): a household is one or the other.`
    )
  }
}

export const assertEthnicGroups = (codes: string[]): void => {
  if (codes.length > MAX_ETHNIC_GROUPS) {
    invalid(`List at most ${MAX_ETHNIC_GROUPS} ethnic groups.`)
  }
  for (const code of codes) {
    assertEthnicGroup(code)
  }
  if (new Set(codes).size !== codes.length) {
    invalid("Each ethnic group may be listed once.")
  }
}

export const assertEthnicGroup = (code: string): void => {
  if (!ETHNIC_GROUP_CODES.has(code)) {
    invalid(
      `"${code.slice(0, 40)}" is not one of Vietnam's 54 ethnic groups; use its code, for example "mong", "thai" or "dao".`
    )
  }
}

export const assertStory = (field: string, text: string): void => {
  if (text.trim().length === 0) {
    invalid(`The ${field} must not be empty.`)
  }
  if (text.length > MAX_STORY_LENGTH) {
    invalid(
      `The ${field} is ${text.length.toLocaleString("en")} characters long; keep it to ${MAX_STORY_LENGTH.toLocaleString("en")}.`
    )
  }
}

export const assertCommissionRate = (rate: number): void => {
  if (!Number.isFinite(rate) || rate < 0 || rate > 0.5) {
    invalid("The commission rate is a share from 0 to 0.5 (50%).")
  }
}

export const assertFoundedYear = (year: number, now = new Date()): void => {
  if (!Number.isInteger(year) || year < 1945 || year > now.getUTCFullYear()) {
    invalid(
      `The founding year must be a year from 1945 to ${now.getUTCFullYear()}.`
    )
  }
}

export const assertHarvestMonths = (months: number[]): void => {
  if (months.length === 0 || months.length > 12) {
    invalid("List 1 to 12 harvest months.")
  }
  for (const month of months) {
    if (!Number.isInteger(month) || month < 1 || month > 12) {
      invalid(`Harvest months are numbers from 1 to 12; got ${month}.`)
    }
  }
  if (new Set(months).size !== months.length) {
    invalid("Each harvest month may be listed once.")
  }
}

const toTime = (value: Date | string, field: string): number => {
  const time = new Date(value).getTime()
  if (Number.isNaN(time)) {
    invalid(`The ${field} is not a date; use the form 2025-06-30.`)
  }
  return time
}

export const assertCertification = (certificate: {
  type: string
  ocop_stars?: number | null
  issued_at: Date | string
  expires_at?: Date | string | null
}): void => {
  if (certificate.type === "OCOP") {
    const stars = certificate.ocop_stars
    if (stars !== 3 && stars !== 4 && stars !== 5) {
      invalid(
        "An OCOP certificate is rated 3, 4 or 5 stars; products rated 1 or 2 stars are not certified."
      )
    }
  } else if (
    certificate.ocop_stars !== undefined &&
    certificate.ocop_stars !== null
  ) {
    invalid(
      `Only OCOP certificates have stars; a ${certificate.type} certificate has none.`
    )
  }
  const issued = toTime(certificate.issued_at, "issue date")
  if (certificate.expires_at !== undefined && certificate.expires_at !== null) {
    const expires = toTime(certificate.expires_at, "expiry date")
    if (expires <= issued) {
      invalid("A certificate's expiry date must come after its issue date.")
    }
  }
}
