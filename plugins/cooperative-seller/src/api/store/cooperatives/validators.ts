import { z } from "@medusajs/framework/zod"

import { ETHNIC_GROUP_CODES } from "../../../modules/cooperative/ethnic-groups"
import { CERTIFICATION_TYPES } from "../../../modules/cooperative/models/certification"
import { HANDLE_PATTERN } from "../../../modules/cooperative/rules"
import { PROVINCE_CODE_PATTERN } from "../../../modules/vn-admin/codes"

export const wholeNumber = (name: string, min: number, max: number) =>
  z.coerce
    .number({ error: `${name} must be a whole number from ${min} to ${max}.` })
    .int(`${name} must be a whole number from ${min} to ${max}.`)
    .min(min, `${name} must be a whole number from ${min} to ${max}.`)
    .max(max, `${name} must be a whole number from ${min} to ${max}.`)

export const provinceFilter = z
  .string()
  .max(40)
  .regex(
    PROVINCE_CODE_PATTERN,
    "province is a two-digit 2025 province code, for example 15 (Lào Cai)."
  )

export const ethnicGroupFilter = z
  .string()
  .max(40)
  .refine(
    (code) => ETHNIC_GROUP_CODES.has(code),
    'ethnic_group is the code of one of the 54 ethnic groups, for example "mong" or "thai".'
  )

export const certificationFilter = z.enum(CERTIFICATION_TYPES, {
  error: `certification is one of ${CERTIFICATION_TYPES.join(", ")}.`,
})

export const handleParam = z
  .string()
  .max(100, "A cooperative handle has at most 100 characters.")
  .regex(
    HANDLE_PATTERN,
    "A cooperative handle is lowercase letters, digits and hyphens, for example htx-tao-meo-tram-tau."
  )

export const StoreGetCooperativesParams = z
  .object({
    province: provinceFilter.optional(),
    ethnic_group: ethnicGroupFilter.optional(),
    certification: certificationFilter.optional(),
    limit: wholeNumber("limit", 1, 50).default(12),
    offset: wholeNumber("offset", 0, 10000).default(0),
  })
  .strict()

export type StoreGetCooperativesParamsType = z.infer<
  typeof StoreGetCooperativesParams
>

export const StoreGetCooperativeParams = z
  .object({ handle: handleParam })
  .strict()

export const StoreNoQuery = z.object({}).strict()
