import { z } from "@medusajs/framework/zod"

import { ETHNIC_GROUP_CODES } from "../../../modules/cooperative/ethnic-groups"
import {
  HANDLE_PATTERN,
  MAX_ETHNIC_GROUPS,
  MAX_HOUSEHOLDS,
  MAX_STORY_LENGTH,
} from "../../../modules/cooperative/rules"

const missingOr =
  (field: string, kind: string) =>
  (issue: { input: unknown }): string =>
    issue.input === undefined ? `${field} is required.` : `${field} ${kind}.`

const text = (field: string, min: number, max: number) =>
  z
    .string({ error: missingOr(field, "must be text") })
    .trim()
    .min(min, `${field} must be ${min}–${max} characters long.`)
    .max(max, `${field} must be ${min}–${max} characters long.`)

const count = (field: string) =>
  z
    .number({ error: missingOr(field, "must be a number") })
    .int(`${field} must be a whole number.`)
    .min(0, `${field} cannot be negative.`)
    .max(
      MAX_HOUSEHOLDS,
      `${field} must be at most ${MAX_HOUSEHOLDS.toLocaleString("en")}.`
    )

// A Vietnamese mobile number: 0 or +84, then a 3, 5, 7, 8 or 9 network prefix and eight digits.
// Spaces, dots and hyphens are allowed when typed and removed when stored.
const MOBILE_PATTERN = /^(?:0|\+84)[35789]\d{8}$/

const phone = z
  .string({ error: missingOr("phone", "must be text") })
  .max(20, "phone is a Vietnamese mobile number, for example 0912 345 678.")
  .transform((value) => value.replace(/[\s.-]/g, ""))
  .refine(
    (value) => MOBILE_PATTERN.test(value),
    "phone is a Vietnamese mobile number, for example 0912 345 678."
  )

const email = z
  .string({ error: missingOr("email", "must be text") })
  .trim()
  .max(254, "email must be at most 254 characters long.")
  .pipe(z.email("email is not an e-mail address, for example htx@example.vn."))

const communeCode = z
  .string({ error: missingOr("commune_code", "must be text") })
  .regex(
    /^\d{5}$/,
    "commune_code is a five-digit 2025 commune or ward code, for example 04606 (Xã Trạm Tấu)."
  )

const ethnicGroups = z
  .array(
    z
      .string({ error: "Each ethnic group is a code, for example mong." })
      .refine(
        (code) => ETHNIC_GROUP_CODES.has(code),
        'ethnic_groups lists codes of Vietnam\'s 54 ethnic groups, for example "mong", "thai" or "dao".'
      ),
    { error: missingOr("ethnic_groups", "must be a list of codes") }
  )
  .min(1, "ethnic_groups must list at least one group.")
  .max(
    MAX_ETHNIC_GROUPS,
    `ethnic_groups may list at most ${MAX_ETHNIC_GROUPS} groups.`
  )

const households = z
  .object(
    {
      total: count("households.total"),
      poor: count("households.poor"),
      near_poor: count("households.near_poor"),
      ethnic_minority: count("households.ethnic_minority"),
    },
    {
      error: missingOr(
        "households",
        "must be an object with total, poor, near_poor and ethnic_minority"
      ),
    }
  )
  .strict()

const story = (field: string) => text(field, 1, MAX_STORY_LENGTH)

const foundedYear = z
  .number({ error: "founded_year must be a year, for example 2015." })
  .int("founded_year must be a year, for example 2015.")
  .min(1945, "founded_year must be a year from 1945 on.")
  .max(9999, "founded_year must be a year, for example 2015.")
  .nullable()

const handle = z
  .string({ error: missingOr("handle", "must be text") })
  .trim()
  .min(2, "handle must be 2–100 characters long.")
  .max(100, "handle must be 2–100 characters long.")
  .regex(
    HANDLE_PATTERN,
    "handle is lowercase letters, digits and single hyphens, for example htx-tao-meo-tram-tau."
  )

/** POST /seller/cooperatives: a new seller's application. */
export const SellerCreateCooperative = z
  .object(
    {
      name: text("name", 2, 200),
      handle,
      registration_number: z
        .string({ error: missingOr("registration_number", "must be text") })
        .trim()
        .regex(
          /^[A-Za-z0-9./-]{3,40}$/,
          "registration_number is the cooperative's registration number as printed on its certificate (3–40 letters, digits, dots, slashes or hyphens)."
        ),
      commune_code: communeCode,
      address_line: text("address_line", 2, 300),
      phone,
      email,
      ethnic_groups: ethnicGroups,
      households,
      story_vi: story("story_vi"),
      story_en: story("story_en"),
      founded_year: foundedYear.optional(),
      owner_name: text("owner_name", 2, 120).optional(),
    },
    { error: "Send the application as a JSON object." }
  )
  .strict()

export type SellerCreateCooperativeType = z.infer<
  typeof SellerCreateCooperative
>

/** POST /seller/cooperatives/:id: what a seller may change about its own cooperative. */
export const SellerUpdateCooperative = z
  .object(
    {
      name: text("name", 2, 200).optional(),
      address_line: text("address_line", 2, 300).optional(),
      phone: phone.optional(),
      email: email.optional(),
      ethnic_groups: ethnicGroups.optional(),
      households: households.optional(),
      story_vi: story("story_vi").optional(),
      story_en: story("story_en").optional(),
      founded_year: foundedYear.optional(),
      commune_code: communeCode.optional(),
    },
    { error: "Send the changes as a JSON object." }
  )
  .strict()

export type SellerUpdateCooperativeType = z.infer<
  typeof SellerUpdateCooperative
>

export const SellerCooperativeParams = z
  .object({
    id: z
      .string()
      .max(100, "A cooperative id has at most 100 characters.")
      .regex(
        /^[A-Za-z0-9_]+$/,
        "A cooperative id looks like coop_01J…; copy it from GET /seller/me."
      ),
  })
  .strict()

export const SellerNoQuery = z.object({}).strict()
