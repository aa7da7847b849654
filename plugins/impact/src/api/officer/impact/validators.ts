import { z } from "@medusajs/framework/zod"

import { PROGRAMME_CODES } from "../../../lib/programmes"

const day = (name: string) =>
  z
    .string()
    .regex(
      /^\d{4}-\d{2}-\d{2}$/,
      `${name} is a day written YYYY-MM-DD, for example 2026-01-31.`
    )

const periodFields = {
  from: day("from").optional(),
  to: day("to").optional(),
  baseline_from: day("baseline_from").optional(),
  baseline_to: day("baseline_to").optional(),
  programme: z
    .enum(PROGRAMME_CODES, {
      message: `programme is one of ${PROGRAMME_CODES.join(", ")}; GET /officer/impact/programmes lists them.`,
    })
    .optional(),
}

export const provinceCode = z
  .string()
  .regex(
    /^\d{2}$/,
    "province is a two-digit 2025 province code, for example 15 for Lào Cai."
  )

export const communeCode = z
  .string()
  .regex(
    /^\d{5}$/,
    "A commune is its five-digit code, for example 04606 for Xã Trạm Tấu."
  )

export const ImpactQuery = z
  .object({ ...periodFields, province: provinceCode.optional() })
  .strict()
export type ImpactQuery = z.infer<typeof ImpactQuery>

export const CommuneImpactQuery = z.object(periodFields).strict()
export type CommuneImpactQuery = z.infer<typeof CommuneImpactQuery>

export const CommuneParams = z.object({ code: communeCode }).strict()

export const NoQuery = z.object({}).strict()

const month = z
  .string()
  .regex(
    /^\d{4}-(0[1-9]|1[0-2])$/,
    "month is written YYYY-MM, for example 2024-03."
  )

export const RecordedSalesListQuery = z
  .object({
    province: provinceCode.optional(),
    commune_code: communeCode.optional(),
    limit: z.coerce
      .number()
      .int()
      .min(1, "limit is at least 1.")
      .max(200, "limit is at most 200.")
      .default(50),
    offset: z.coerce
      .number()
      .int()
      .min(0, "offset is 0 or more.")
      .max(1_000_000, "offset is at most 1,000,000.")
      .default(0),
  })
  .strict()
export type RecordedSalesListQuery = z.infer<typeof RecordedSalesListQuery>

export const CreateRecordedSaleBody = z
  .object({
    month,
    commune_code: communeCode,
    code_kind: z
      .enum(["new", "old"], {
        message:
          'code_kind is "new" for a 2025 code or "old" for a pre-2025 one.',
      })
      .default("new"),
    sales_value: z
      .number({ message: "sales_value is a whole number of đồng." })
      .int("sales_value is a whole number of đồng.")
      .min(0, "sales_value cannot be negative.")
      .max(
        2_000_000_000,
        "sales_value is at most 2,000,000,000 đồng a row; split larger sums by month."
      ),
    cooperative_id: z
      .string()
      .trim()
      .min(1)
      .max(64, "cooperative_id has at most 64 characters.")
      .optional(),
    note: z
      .string()
      .trim()
      .max(500, "A note has at most 500 characters.")
      .optional(),
    shares: z
      .record(
        communeCode,
        z
          .number({ message: "Each share is a number." })
          .positive("Each share is more than 0.")
          .max(1_000_000, "A share is at most 1,000,000.")
      )
      .refine((s) => Object.keys(s).length <= 30, "At most 30 shares.")
      .optional(),
  })
  .strict()
export type CreateRecordedSaleBody = z.infer<typeof CreateRecordedSaleBody>

export const ImportRecordedSalesBody = z
  .object({
    csv: z
      .string({ message: "Send the CSV file's text as csv." })
      .min(1, "The CSV is empty.")
      .max(
        1_100_000,
        "The file is larger than 1 MB; split it into smaller files."
      ),
  })
  .strict()
export type ImportRecordedSalesBody = z.infer<typeof ImportRecordedSalesBody>

export const IdParams = z
  .object({
    id: z.string().min(1).max(64, "That is not a recorded sale's id."),
  })
  .strict()
