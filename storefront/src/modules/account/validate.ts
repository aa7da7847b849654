import { normalizeVnMobile } from "@/lib/util/phone"

/**
 * The checks the account forms run in the browser, and again in their server actions, so that a
 * mistake is named next to its field in the page's language before the backend is asked. The
 * backend checks everything again (the 2025 units and the phone number included).
 */

export type AccountField =
  | "name"
  | "email"
  | "phone"
  | "password"
  | "address_1"
  | "province_code"
  | "commune_code"

export type AccountProblem =
  | { key: "required" }
  | { key: "tooLong"; max: number }
  | { key: "tooShort"; min: number }
  | { key: "badEmail" }
  | { key: "badPhone" }
  | { key: "pickOne" }

export type Problems = Partial<Record<AccountField, AccountProblem>>

export const LIMITS = {
  name: 100,
  email: 254,
  passwordMin: 8,
  passwordMax: 128,
  address_1: 200,
} as const

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

const textProblem = (value: string, max: number): AccountProblem | undefined =>
  !value.trim()
    ? { key: "required" }
    : value.trim().length > max
      ? { key: "tooLong", max }
      : undefined

const emailProblem = (value: string): AccountProblem | undefined => {
  const email = value.trim()
  return !email
    ? { key: "required" }
    : email.length > LIMITS.email || !EMAIL_PATTERN.test(email)
      ? { key: "badEmail" }
      : undefined
}

const phoneProblem = (value: string): AccountProblem | undefined =>
  !value.trim()
    ? { key: "required" }
    : normalizeVnMobile(value)
      ? undefined
      : { key: "badPhone" }

const passwordProblem = (
  value: string,
  { checkLength }: { checkLength: boolean }
): AccountProblem | undefined => {
  if (!value) {
    return { key: "required" }
  }
  if (value.length > LIMITS.passwordMax) {
    return { key: "tooLong", max: LIMITS.passwordMax }
  }
  return checkLength && value.length < LIMITS.passwordMin
    ? { key: "tooShort", min: LIMITS.passwordMin }
    : undefined
}

const only = (checks: Problems): Problems =>
  Object.fromEntries(
    Object.entries(checks).filter(([, problem]) => problem !== undefined)
  )

/** The form's text fields, trimmed; a missing field reads as empty. */
export type FormFields = Partial<Record<AccountField, string>>

const value = (fields: FormFields, name: AccountField): string =>
  fields[name] ?? ""

export const registerProblems = (fields: FormFields): Problems =>
  only({
    name: textProblem(value(fields, "name"), LIMITS.name),
    email: emailProblem(value(fields, "email")),
    phone: phoneProblem(value(fields, "phone")),
    password: passwordProblem(value(fields, "password"), { checkLength: true }),
  })

/** Signing in only needs something in both fields: the backend says whether they match. */
export const signInProblems = (fields: FormFields): Problems =>
  only({
    email: emailProblem(value(fields, "email")),
    password: passwordProblem(value(fields, "password"), {
      checkLength: false,
    }),
  })

export const profileProblems = (fields: FormFields): Problems =>
  only({
    name: textProblem(value(fields, "name"), LIMITS.name),
    phone: phoneProblem(value(fields, "phone")),
  })

export const addressProblems = (fields: FormFields): Problems =>
  only({
    name: textProblem(value(fields, "name"), LIMITS.name),
    phone: phoneProblem(value(fields, "phone")),
    province_code: /^\d{2}$/.test(value(fields, "province_code"))
      ? undefined
      : { key: "pickOne" },
    commune_code: /^\d{5}$/.test(value(fields, "commune_code"))
      ? undefined
      : { key: "pickOne" },
    address_1: textProblem(value(fields, "address_1"), LIMITS.address_1),
  })

/** Says a problem in the page's language: `problems.<key>` of the account texts. */
export type ProblemText = (
  key: AccountProblem["key"],
  values?: Record<string, number>
) => string

/** Each field's problem as a sentence, for the form to show under the field. */
export const explainProblems = (
  problems: Problems,
  text: ProblemText
): Record<string, string> =>
  Object.fromEntries(
    Object.entries(problems).map(([field, problem]) => [
      field,
      problem.key === "tooLong"
        ? text(problem.key, { max: problem.max })
        : problem.key === "tooShort"
          ? text(problem.key, { min: problem.min })
          : text(problem.key),
    ])
  )

/** The API names in Medusa's customer and address routes, and the form field each one is. */
const API_NAMES: Record<string, AccountField> = {
  first_name: "name",
  last_name: "name",
  email: "email",
  phone: "phone",
  password: "password",
  address_1: "address_1",
  province: "province_code",
  province_code: "province_code",
  city: "commune_code",
  commune_code: "commune_code",
}

// Sentences that name no field by its API name may still say what they are about ("The commune
// 00004 is not in province 79"); the commune comes before the province, so that a commune outside
// its province is shown at the commune.
const CLUES: readonly [RegExp, AccountField][] = [
  [/phone|điện thoại|số di động/i, "phone"],
  [/commune|ward|\bcity\b|xã|phường/i, "commune_code"],
  [/province|tỉnh/i, "province_code"],
  [/e-?mail/i, "email"],
  [/password|mật khẩu/i, "password"],
  [/address_1|address line|street|hamlet|số nhà|thôn/i, "address_1"],
  [/first_name|last_name|recipient|người nhận|\bname\b|họ tên/i, "name"],
]

/**
 * The field of `fields` a backend sentence is about: the first API name it uses ("phone must
 * be…", "Enter a Vietnamese mobile number in shipping_address.phone", "address.metadata.commune_code
 * must be…"), else a word it uses; undefined when it names none of them, for the sentence to go
 * above the form.
 */
export const fieldOfBackendMessage = (
  message: string,
  fields: readonly AccountField[]
): AccountField | undefined => {
  const [first = "", ...rest] = message.trim().split(/\s+/)
  // The first word may be a bare name ("phone"); later ones count when dotted ("address.phone").
  const names = [first, ...rest.filter((word) => word.includes("."))]
    .map(
      (word) =>
        word
          .replace(/^[^\w]+|[^\w]+$/g, "")
          .split(".")
          .pop() ?? ""
    )
    .flatMap((name) => {
      const field = API_NAMES[name]
      return field && fields.includes(field) ? [field] : []
    })
  return (
    names[0] ??
    CLUES.find(
      ([clue, field]) => fields.includes(field) && clue.test(message)
    )?.[1]
  )
}
