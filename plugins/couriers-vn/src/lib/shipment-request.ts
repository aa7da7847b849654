import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

/**
 * What a courier needs to take one parcel, passed by the seller's "ready to ship" workflow to the
 * provider's `createFulfillment` as `additional_data.shipment`: the parcel as the cooperative
 * weighed it, both parties with their 2025 commune and province, the cash to collect and the
 * items. Checked here so a provider never sends a courier half an address.
 */
const text = (max: number) => z.string().trim().min(1).max(max)

const Party = z
  .object({
    name: text(200),
    phone: text(20),
    address: text(300),
    commune: text(120),
    province: text(120),
    province_code: z.string().regex(/^\d{2}$/),
  })
  .strict()

export const ShipmentRequestSchema = z
  .object({
    service: z.enum(["standard", "express"]),
    order_number: text(40),
    parcel: z
      .object({
        weight_g: z.number().int().min(1).max(50_000),
        length_cm: z.number().int().min(1).max(200).optional(),
        width_cm: z.number().int().min(1).max(200).optional(),
        height_cm: z.number().int().min(1).max(200).optional(),
      })
      .strict(),
    cod_amount: z.number().int().min(0).max(100_000_000),
    declared_value: z.number().int().min(0).max(1_000_000_000),
    sender: Party,
    recipient: Party,
    items: z
      .array(
        z
          .object({
            name: text(300),
            code: text(100),
            quantity: z.number().int().min(1).max(10_000),
            price: z.number().int().min(0).max(1_000_000_000),
            weight_g: z.number().int().min(1).max(50_000),
          })
          .strict()
      )
      .min(1)
      .max(200),
    note: z.string().max(500).nullable(),
    label_url: z.string().max(500),
  })
  .strict()

export type ShipmentRequest = z.infer<typeof ShipmentRequestSchema>
export type ShipmentParty = ShipmentRequest["sender"]

/** The shipment request in a fulfillment's additional data, or an INVALID_DATA error. */
export const shipmentRequestOf = (
  additionalData: Record<string, unknown> | undefined
): ShipmentRequest => {
  const parsed = ShipmentRequestSchema.safeParse(additionalData?.shipment)
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `A parcel for the courier needs its weight, both addresses and its items: ${parsed.error.issues
        .map((issue) => `${issue.path.join(".")} ${issue.message}`)
        .join("; ")}.`
    )
  }
  return parsed.data
}

/** What every courier provider stores in the fulfillment's data. */
export type ShipmentResultData = {
  tracking_number: string
  service: ShipmentRequest["service"]
  /** GHN's order code; null for couriers without an API. */
  courier_order_code: string | null
  /** ISO date-time the courier expects to deliver, when it says. */
  expected_delivery_at: string | null
}

/** The error code a courier's refusal or outage carries, for the route to answer 502. */
export const COURIER_ERROR_CODE = "courier_error"

export const courierError = (message: string): MedusaError =>
  new MedusaError(
    MedusaError.Types.UNEXPECTED_STATE,
    message,
    COURIER_ERROR_CODE
  )
