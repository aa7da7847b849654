import { normalizeVnMobile } from "@/lib/util/phone"

/**
 * The checks the checkout's address form runs in the browser and again on the server, so that a
 * mistake is named next to its field in the page's language before the backend is asked. The
 * backend checks everything again (and the 2025 units themselves).
 */

export const CONTACT_FIELDS = [
  "email",
  "name",
  "phone",
  "province_code",
  "commune_code",
  "address_1",
] as const

export type ContactField = (typeof CONTACT_FIELDS)[number]

export type ContactInput = Record<ContactField, string>

export type ContactProblem =
  | { key: "required" }
  | { key: "tooLong"; max: number }
  | { key: "badEmail" }
  | { key: "badPhone" }

export const CONTACT_LIMITS = {
  email: 254,
  name: 100,
  address_1: 200,
} as const

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** What is wrong with a mobile number as typed, if anything. */
export const phoneProblem = (value: string): ContactProblem | undefined =>
  !value.trim()
    ? { key: "required" }
    : normalizeVnMobile(value)
      ? undefined
      : { key: "badPhone" }

const textProblem = (value: string, max: number): ContactProblem | undefined =>
  !value
    ? { key: "required" }
    : value.length > max
      ? { key: "tooLong", max }
      : undefined

/** What is wrong with each field of the address form; empty when nothing is. */
export const contactProblems = (
  input: ContactInput
): Partial<Record<ContactField, ContactProblem>> => {
  const email = input.email.trim()
  const checks: Record<ContactField, ContactProblem | undefined> = {
    email: !email
      ? { key: "required" }
      : email.length > CONTACT_LIMITS.email || !EMAIL_PATTERN.test(email)
        ? { key: "badEmail" }
        : undefined,
    name: textProblem(input.name.trim(), CONTACT_LIMITS.name),
    phone: phoneProblem(input.phone),
    province_code: /^\d{2}$/.test(input.province_code)
      ? undefined
      : { key: "required" },
    commune_code: /^\d{5}$/.test(input.commune_code)
      ? undefined
      : { key: "required" },
    address_1: textProblem(input.address_1.trim(), CONTACT_LIMITS.address_1),
  }
  return Object.fromEntries(
    Object.entries(checks).filter(([, problem]) => problem !== undefined)
  ) as Partial<Record<ContactField, ContactProblem>>
}

// The backend's 400 sentences name the field by its API name ("shipping_address.phone …") or in
// words ("The commune 00004 is not in province 79"); the commune comes before the province so
// that a commune outside its province is shown at the commune.
const FIELD_CLUES: readonly [RegExp, ContactField][] = [
  [/phone|điện thoại|số di động/i, "phone"],
  [/commune|ward|\bcity\b|xã|phường/i, "commune_code"],
  [/province|tỉnh|thành phố/i, "province_code"],
  [/e-?mail/i, "email"],
  [/first_name|last_name|recipient|người nhận|\bname\b|họ tên/i, "name"],
  [/address_1|street|hamlet|đường|thôn|số nhà/i, "address_1"],
]

/** The address-form field a backend sentence is about, if it names one. */
export const fieldOfAddressMessage = (
  message: string
): ContactField | undefined =>
  FIELD_CLUES.find(([clue]) => clue.test(message))?.[1]

/** The checkout text that explains a problem, and its values: the same in browser and server. */
export const problemMessage = (
  field: ContactField,
  problem: ContactProblem
):
  | { key: "tooLong"; values: { max: number } }
  | {
      key: "required" | "badEmail" | "badPhone" | "pickProvince" | "pickCommune"
    } => {
  if (problem.key === "tooLong") {
    return { key: "tooLong", values: { max: problem.max } }
  }
  if (problem.key === "required" && field === "province_code") {
    return { key: "pickProvince" }
  }
  if (problem.key === "required" && field === "commune_code") {
    return { key: "pickCommune" }
  }
  return { key: problem.key }
}
