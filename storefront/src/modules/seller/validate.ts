/**
 * The checks the seller forms run before calling the backend, so that a mistake is named next to
 * its field in the page's language. The backend checks everything again.
 */

export type Problem =
  | { key: "required" }
  | { key: "tooLong"; max: number }
  | { key: "tooShort"; min: number }
  | { key: "badEmail" }
  | { key: "badPhone" }
  | { key: "badHandle" }
  | { key: "badNumber"; min: number; max: number }
  | { key: "pickOne" }

const MOBILE_PATTERN = /^(?:0|\+84)[35789]\d{8}$/
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const HANDLE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const textProblem = (
  value: string,
  {
    min = 1,
    max,
    required = true,
  }: { min?: number; max: number; required?: boolean }
): Problem | undefined => {
  if (!value) {
    return required ? { key: "required" } : undefined
  }
  if (value.length < min) {
    return { key: "tooShort", min }
  }
  return value.length > max ? { key: "tooLong", max } : undefined
}

export const emailProblem = (value: string): Problem | undefined =>
  !value
    ? { key: "required" }
    : value.length > 254 || !EMAIL_PATTERN.test(value)
      ? { key: "badEmail" }
      : undefined

export const phoneProblem = (value: string): Problem | undefined =>
  !value
    ? { key: "required" }
    : MOBILE_PATTERN.test(normalizePhone(value))
      ? undefined
      : { key: "badPhone" }

export const normalizePhone = (value: string): string =>
  value.replace(/[\s.-]/g, "")

export const handleProblem = (value: string): Problem | undefined =>
  !value
    ? { key: "required" }
    : value.length < 2 || value.length > 100 || !HANDLE_PATTERN.test(value)
      ? { key: "badHandle" }
      : undefined

/** A whole number typed by a person ("150.000" and "150 000" read as 150000). */
export const parseWholeNumber = (value: string): number | undefined => {
  const digits = value.replace(/[\s.,]/g, "")
  return /^\d{1,12}$/.test(digits) ? Number(digits) : undefined
}

export const numberProblem = (
  value: string,
  {
    min,
    max,
    required = true,
  }: { min: number; max: number; required?: boolean }
): Problem | undefined => {
  if (!value) {
    return required ? { key: "required" } : undefined
  }
  const number = parseWholeNumber(value)
  return number === undefined || number < min || number > max
    ? { key: "badNumber", min, max }
    : undefined
}

/** Vietnamese text without accents, lower case, đ as d: "Xã Trạm Tấu" → "xa tram tau". */
export const foldVietnamese = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()

/** Vietnamese-looking words to a handle: "HTX Táo mèo Trạm Tấu" → "htx-tao-meo-tram-tau". */
export const toHandle = (text: string): string =>
  foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
