import { createHash, timingSafeEqual } from "node:crypto"

import type { CourierEventStatus } from "@cho-phien/couriers-vn/modules/courier-shipments"
import { z } from "@medusajs/framework/zod"

/** The couriers that may call `POST /hooks/couriers/:provider`, and where their secret lives. */
export const WEBHOOK_PROVIDERS = {
  "vnpost-table": {
    provider_id: "vnpost-table_vnpost-table",
    secret_env: "COURIER_WEBHOOK_SECRET_VNPOST",
  },
  ghn: { provider_id: "ghn_ghn", secret_env: "COURIER_WEBHOOK_SECRET_GHN" },
} as const

export type WebhookProvider = keyof typeof WEBHOOK_PROVIDERS

export const WEBHOOK_SECRET_HEADER = "x-courier-secret"

export const isWebhookProvider = (value: string): value is WebhookProvider =>
  Object.prototype.hasOwnProperty.call(WEBHOOK_PROVIDERS, value)

const digest = (value: string): Buffer =>
  createHash("sha256").update(value, "utf8").digest()

/**
 * Whether the secret sent matches the configured one. Both are hashed first so that the
 * comparison is between equal-length digests and takes the same time whatever was sent.
 */
export const secretMatches = (
  sent: string | undefined,
  configured: string
): boolean =>
  typeof sent === "string" && timingSafeEqual(digest(sent), digest(configured))

const STATUSES = [
  "picked_up",
  "in_transit",
  "out_for_delivery",
  "delivered",
  "delivery_failed",
  "returned",
] as const satisfies readonly CourierEventStatus[]

const isoDate = (field: string) =>
  z.iso.datetime({
    offset: true,
    error: `${field} must be an ISO 8601 date and time, like 2026-12-01T08:30:00Z.`,
  })

const note = z
  .string({ error: "note must be text." })
  .trim()
  .max(500, "note has at most 500 characters.")

/** Our own webhook format (the table courier's, or any courier adapted to it). */
export const CourierWebhookEvent = z
  .object({
    event_id: z
      .string({
        error: "event_id is required: the courier's id for this event.",
      })
      .trim()
      .min(1, "event_id is required: the courier's id for this event.")
      .max(200, "event_id has at most 200 characters."),
    tracking_number: z
      .string({ error: "tracking_number is required." })
      .trim()
      .min(1, "tracking_number is required.")
      .max(64, "tracking_number has at most 64 characters."),
    status: z.enum(STATUSES, {
      error: `status is one of ${STATUSES.join(", ")}.`,
    }),
    occurred_at: isoDate("occurred_at"),
    cod_collected: z
      .number({ error: "cod_collected must be a whole number of đồng." })
      .int("cod_collected must be a whole number of đồng.")
      .min(0, "cod_collected must be from 0 to 1,000,000,000 đồng.")
      .max(1_000_000_000, "cod_collected must be from 0 to 1,000,000,000 đồng.")
      .optional(),
    note: note.optional(),
  })
  .strict()

export type CourierWebhookEventType = z.infer<typeof CourierWebhookEvent>

/**
 * GHN's webhook ("callback") body, as GHN publishes it. GHN sends many more fields (fees,
 * weights, warehouse); only those read here are checked, the rest are let through.
 */
export const GhnWebhookEvent = z.object({
  OrderCode: z
    .string({ error: "OrderCode is required." })
    .trim()
    .min(1, "OrderCode is required.")
    .max(64, "OrderCode has at most 64 characters."),
  Status: z
    .string({ error: "Status is required." })
    .trim()
    .min(1, "Status is required.")
    .max(64, "Status has at most 64 characters."),
  Type: z.string().max(64, "Type has at most 64 characters.").optional(),
  Time: isoDate("Time"),
  CODAmount: z
    .number({ error: "CODAmount must be a number of đồng." })
    .int("CODAmount must be a whole number of đồng.")
    .min(0, "CODAmount must be from 0 to 1,000,000,000 đồng.")
    .max(1_000_000_000, "CODAmount must be from 0 to 1,000,000,000 đồng.")
    .optional(),
  Reason: z.string().max(500, "Reason has at most 500 characters.").optional(),
  Description: z
    .string()
    .max(500, "Description has at most 500 characters.")
    .optional(),
})

export type GhnWebhookEventType = z.infer<typeof GhnWebhookEvent>

/** GHN's statuses and what they mean here; any other GHN status is acknowledged and ignored. */
export const GHN_STATUS_MAP: Record<string, CourierEventStatus> = {
  picked: "picked_up",
  storing: "in_transit",
  transporting: "in_transit",
  sorting: "in_transit",
  delivering: "out_for_delivery",
  money_collect_delivering: "out_for_delivery",
  delivered: "delivered",
  delivery_fail: "delivery_failed",
  waiting_to_return: "delivery_failed",
  return: "delivery_failed",
  return_transporting: "delivery_failed",
  return_sorting: "delivery_failed",
  returning: "delivery_failed",
  returned: "returned",
}

/**
 * GHN's body in our terms, or null for a status that moves nothing here (ready_to_pick,
 * picking, cancel, …). GHN sends no event id, so the order code, type, status and time make one:
 * GHN's retries of the same callback carry the same four.
 */
export const fromGhn = (
  body: GhnWebhookEventType
): CourierWebhookEventType | null => {
  const status = GHN_STATUS_MAP[body.Status.toLowerCase()]
  if (!status) {
    return null
  }
  const note = (body.Reason || body.Description || "").trim().slice(0, 500)
  return {
    event_id: [body.OrderCode, body.Type ?? "", body.Status, body.Time].join(
      ":"
    ),
    tracking_number: body.OrderCode,
    status,
    occurred_at: body.Time,
    ...(status === "delivered" && body.CODAmount !== undefined
      ? { cod_collected: body.CODAmount }
      : {}),
    ...(note ? { note } : {}),
  }
}

/** `POST /seller|admin/orders/:id/shipment-events`: an event recorded by hand. */
export const ManualShipmentEvent = z
  .object({
    status: z.enum(STATUSES, {
      error: `status is one of ${STATUSES.join(", ")}.`,
    }),
    occurred_at: isoDate("occurred_at").optional(),
    note: note.optional(),
  })
  .strict()

export type ManualShipmentEventType = z.infer<typeof ManualShipmentEvent>
