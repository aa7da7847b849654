import { z } from "@medusajs/framework/zod"

const id = (what: string, example: string) =>
  z
    .string()
    .max(100, `A ${what} id has at most 100 characters.`)
    .regex(/^[A-Za-z0-9_]+$/, `A ${what} id looks like ${example}.`)

export const SellerCooperativeDocumentsParams = z
  .object({ id: id("cooperative", "coop_01J…") })
  .strict()

export const SellerCooperativeDocumentParams = z
  .object({
    id: id("cooperative", "coop_01J…"),
    document_id: id("document", "cdoc_01J…"),
  })
  .strict()

export const SellerNoQuery = z.object({}).strict()
