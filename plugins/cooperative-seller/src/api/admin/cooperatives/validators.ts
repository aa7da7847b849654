import { z } from "@medusajs/framework/zod"

import { COOPERATIVE_STATUSES } from "../../../modules/cooperative/models/cooperative"
import { wholeNumber } from "../../store/cooperatives/validators"

export const AdminGetCooperativesParams = z
  .object({
    status: z
      .enum(COOPERATIVE_STATUSES, {
        error: `status is one of ${COOPERATIVE_STATUSES.join(", ")}.`,
      })
      .optional(),
    q: z
      .string()
      .trim()
      .min(1, "q must be 1–100 characters long.")
      .max(100, "q must be 1–100 characters long.")
      .optional(),
    limit: wholeNumber("limit", 1, 100).default(20),
    offset: wholeNumber("offset", 0, 100000).default(0),
  })
  .strict()

export type AdminGetCooperativesParamsType = z.infer<
  typeof AdminGetCooperativesParams
>

export const AdminCooperativeParams = z
  .object({
    id: z
      .string()
      .max(100, "A cooperative id has at most 100 characters.")
      .regex(/^[A-Za-z0-9_]+$/, "A cooperative id looks like coop_01J…."),
  })
  .strict()

export const AdminNoQuery = z.object({}).strict()

export const AdminCooperativeDocumentParams = z
  .object({
    id: AdminCooperativeParams.shape.id,
    document_id: z
      .string()
      .max(100, "A document id has at most 100 characters.")
      .regex(/^[A-Za-z0-9_]+$/, "A document id looks like cdoc_01J…."),
  })
  .strict()

export const AdminCooperativeListingParams = z
  .object({
    id: AdminCooperativeParams.shape.id,
    product_id: z
      .string()
      .max(100, "A product id has at most 100 characters.")
      .regex(/^[A-Za-z0-9_]+$/, "A product id looks like prod_01J…."),
  })
  .strict()

export const AdminGetCooperativeListingsParams = z
  .object({
    status: z
      .enum(["proposed", "draft", "published", "rejected"], {
        error: "status is one of proposed, draft, published, rejected.",
      })
      .optional(),
  })
  .strict()

export type AdminGetCooperativeListingsParamsType = z.infer<
  typeof AdminGetCooperativeListingsParams
>

const reason = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? "reason is required: tell the cooperative why, in 3–500 characters."
        : "reason must be text.",
  })
  .trim()
  .min(3, "reason must be 3–500 characters long.")
  .max(500, "reason must be 3–500 characters long.")

export const AdminApproveCooperative = z
  .object({}, { error: "Send a JSON object." })
  .strict()

export const AdminReviewCooperativeWithReason = z
  .object({ reason }, { error: "Send a JSON object with a reason." })
  .strict()

export type AdminReviewCooperativeWithReasonType = z.infer<
  typeof AdminReviewCooperativeWithReason
>
