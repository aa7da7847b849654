import { z } from "@medusajs/framework/zod"

const provinceCodes = z
  .array(
    z
      .string()
      .regex(
        /^\d{2}$/,
        "Each province is its two-digit 2025 code, for example 01 for Hà Nội; GET /store/vn/provinces lists them."
      )
  )
  .max(34, "There are 34 provinces; list each at most once.")

export const AdminCreateOfficerBody = z
  .object({
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, "An e-mail address has at most 254 characters.")
      .email("Give the officer's e-mail address, such as can.bo@sld.gov.vn."),
    name: z
      .string()
      .trim()
      .min(2, "Give the officer's full name.")
      .max(120, "A name has at most 120 characters."),
    password: z
      .string()
      .min(10, "The password needs at least 10 characters.")
      .max(128, "The password has at most 128 characters."),
    province_codes: provinceCodes.default([]),
  })
  .strict()

export type AdminCreateOfficerBody = z.infer<typeof AdminCreateOfficerBody>

export const AdminUpdateOfficerBody = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, "Give the officer's full name.")
      .max(120, "A name has at most 120 characters.")
      .optional(),
    province_codes: provinceCodes.optional(),
  })
  .strict()

export type AdminUpdateOfficerBody = z.infer<typeof AdminUpdateOfficerBody>

export const AdminOfficerParams = z
  .object({
    id: z
      .string()
      .max(64, "An officer id has at most 64 characters.")
      .regex(/^off_[A-Za-z0-9]+$/, "An officer id looks like off_01J…."),
  })
  .strict()

export const NoQuery = z.object({}).strict()
