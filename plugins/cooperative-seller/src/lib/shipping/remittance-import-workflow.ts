import {
  COURIER_SHIPMENTS_MODULE,
  type CourierShipmentsModuleService,
  type StoreRemittanceInput,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import {
  matchStatement,
  type RemittanceParcel,
} from "@cho-phien/couriers-vn/lib/remittance/match"
import {
  normalizeTrackingNumber,
  type StatementLine,
} from "@cho-phien/couriers-vn/lib/remittance/read-statement"
import {
  createStep,
  createWorkflow,
  StepResponse,
  transform,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"

import {
  loadOrderCash,
  providerIdOf,
  type RemittanceProvider,
} from "./remittances"

export type ImportRemittanceInput = {
  provider: RemittanceProvider
  file_name: string | null
  imported_by: string | null
  /** The statement as read from its CSV (readStatement): every line valid. */
  lines: StatementLine[]
}

/** Tracking numbers are looked up in slices, like the orders. */
const TRACKING_SLICE = 1000

/**
 * Reads, without writing anything, the courier's parcels named by the statement and what their
 * orders' payments say, then matches every line (the rules are in couriers-vn's `matchStatement`).
 */
export const matchRemittanceStep = createStep(
  "match-courier-remittance",
  async (
    input: ImportRemittanceInput,
    { container }
  ): Promise<StepResponse<StoreRemittanceInput>> => {
    const shipments = container.resolve<CourierShipmentsModuleService>(
      COURIER_SHIPMENTS_MODULE
    )
    const providerId = providerIdOf(input.provider)
    const tracking = [
      ...new Set(
        input.lines.map((line) => normalizeTrackingNumber(line.tracking_number))
      ),
    ]
    const found: Awaited<ReturnType<typeof shipments.listShipments>> = []
    for (let start = 0; start < tracking.length; start += TRACKING_SLICE) {
      found.push(
        ...(await shipments.listShipments({
          provider_id: providerId,
          tracking_number: tracking.slice(start, start + TRACKING_SLICE),
        }))
      )
    }
    const cash = await loadOrderCash(
      container,
      found.map((shipment) => shipment.order_id)
    )
    const parcels = found.map((shipment): RemittanceParcel => {
      const order = cash.get(shipment.order_id)
      return {
        shipment_id: shipment.id,
        tracking_number: shipment.tracking_number,
        order_id: shipment.order_id,
        display_id: order?.display_id ?? null,
        cooperative_id: shipment.cooperative_id,
        cod_amount: shipment.cod_amount,
        payment: order?.payment ?? "online",
        collected: !!order?.collected_at,
        status: shipment.status,
        remitted: !!shipment.remitted_at,
      }
    })
    const matched = matchStatement(input.lines, parcels)
    return new StepResponse({
      provider: input.provider,
      file_name: input.file_name,
      imported_at: new Date(),
      imported_by: input.imported_by,
      lines_count: matched.lines_count,
      matched_count: matched.matched_count,
      mismatched_count: matched.mismatched_count,
      amount_total: matched.amount_total,
      amount_matched: matched.amount_matched,
      lines: matched.lines.map((line) => ({
        line_number: line.line_number,
        tracking_number: line.tracking_number,
        amount: line.amount,
        remitted_on: line.remitted_on,
        outcome: line.outcome,
        detail: line.detail,
        expected_amount: line.expected_amount,
        shipment_id: line.shipment_id,
        order_id: line.order_id,
        display_id: line.display_id,
        cooperative_id: line.cooperative_id,
      })),
    })
  }
)

/**
 * The remittance, its lines and the matched parcels' marks, in one transaction of the module;
 * a rollback removes them all again.
 */
export const storeRemittanceStep = createStep(
  "store-courier-remittance",
  async (input: StoreRemittanceInput, { container }) => {
    const stored = await container
      .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
      .storeRemittance(input)
    return new StepResponse(stored, stored.id)
  },
  async (id, { container }) => {
    if (id) {
      await container
        .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
        .removeRemittance(id)
    }
  }
)

/**
 * Imports a courier's cash-on-delivery statement: every line matched to the courier's parcels
 * and their orders' captured COD payments, then stored with its outcome; a matched line marks
 * its parcel's cash received. Imports run one at a time (a lock), so two statements can never
 * both count the same parcel's cash.
 */
export const importRemittanceWorkflow = createWorkflow(
  "import-courier-remittance",
  (input: ImportRemittanceInput) => {
    acquireLockStep({ key: "courier-remittance-import", timeout: 30, ttl: 300 })
    const matched = matchRemittanceStep(input)
    const stored = storeRemittanceStep(matched)
    releaseLockStep({ key: "courier-remittance-import" })
    const result = transform({ stored }, ({ stored }) => ({ id: stored.id }))
    return new WorkflowResponse(result)
  }
)
