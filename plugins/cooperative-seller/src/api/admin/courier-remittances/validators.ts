import { z } from "@medusajs/framework/zod"

import { pageParams } from "../../utils/paging"

import { REMITTANCE_PROVIDERS } from "../../../lib/shipping/remittances"

/** The largest statement accepted, in bytes of UTF-8 text. */
export const MAX_STATEMENT_BYTES = 2 * 1024 * 1024

/** POST /admin/courier-remittances: a courier's statement, the CSV as text. */
export const AdminImportRemittance = z
  .object(
    {
      provider: z.enum(REMITTANCE_PROVIDERS, {
        error: `provider is one of ${REMITTANCE_PROVIDERS.join(", ")}: the courier that sent the statement.`,
      }),
      file_name: z
        .string({ error: "file_name must be text." })
        .trim()
        .min(1, "file_name must not be empty; leave it out instead.")
        .max(200, "file_name has at most 200 characters.")
        .optional(),
      csv: z
        .string({
          error:
            "csv is required: the statement's text, a header row then one line per parcel.",
        })
        .min(
          1,
          "csv is required: the statement's text, a header row then one line per parcel."
        )
        .refine(
          (text) => Buffer.byteLength(text, "utf8") <= MAX_STATEMENT_BYTES,
          "csv is larger than 2 MB; split the statement into smaller files."
        ),
    },
    { error: "Send a JSON object with provider and csv." }
  )
  .strict()

export type AdminImportRemittanceType = z.infer<typeof AdminImportRemittance>

/** GET /admin/courier-remittances: paging. */
export const AdminListRemittancesQuery = z
  .object({
    ...pageParams(100, 1_000_000),
  })
  .strict()

export type AdminListRemittancesQueryType = z.infer<
  typeof AdminListRemittancesQuery
>

/** GET /admin/courier-remittances/mismatches: the lines still to follow up, or those done. */
export const AdminListMismatchesQuery = z
  .object({
    resolved: z
      .enum(["true", "false"], {
        error:
          "resolved is true (the mismatches followed up) or false (those still open).",
      })
      .default("false")
      .transform((value) => value === "true"),
    ...pageParams(100, 1_000_000),
  })
  .strict()

export type AdminListMismatchesQueryType = z.infer<
  typeof AdminListMismatchesQuery
>

const id = (what: string, example: string) =>
  z
    .string()
    .max(100, `A ${what} id has at most 100 characters.`)
    .regex(/^[A-Za-z0-9_]+$/, `A ${what} id looks like ${example}.`)

export const AdminRemittanceParams = z
  .object({ id: id("remittance", "crem_01J…") })
  .strict()

export const AdminRemittanceLineParams = z
  .object({ id: id("remittance line", "creml_01J…") })
  .strict()

/** POST /admin/courier-remittances/lines/:id/resolve: how the mismatch was followed up. */
export const AdminResolveRemittanceLine = z
  .object(
    {
      note: z
        .string({
          error:
            "note is required: say how the mismatch was followed up (1 to 500 characters).",
        })
        .trim()
        .min(
          1,
          "note is required: say how the mismatch was followed up (1 to 500 characters)."
        )
        .max(500, "note has at most 500 characters."),
    },
    { error: "Send a JSON object with note." }
  )
  .strict()

export type AdminResolveRemittanceLineType = z.infer<
  typeof AdminResolveRemittanceLine
>

export const AdminNoQuery = z.object({}).strict()
