import type { Context } from "@medusajs/framework/types"
import {
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"

import {
  Event,
  Pickup,
  Remittance,
  RemittanceLine,
  type RemittanceOutcome,
  Shipment,
} from "./models"

/** A statement as matched, ready to store: its totals and every line. */
export type StoreRemittanceInput = {
  provider: string
  file_name: string | null
  imported_at: Date
  imported_by: string | null
  lines_count: number
  matched_count: number
  mismatched_count: number
  amount_total: number
  amount_matched: number
  lines: {
    line_number: number
    tracking_number: string
    amount: number
    remitted_on: string
    outcome: RemittanceOutcome
    detail: string
    expected_amount: number | null
    shipment_id: string | null
    order_id: string | null
    display_id: number | null
    cooperative_id: string | null
  }[]
}

/** The parcels handed to couriers, what happened to them, and the pickups that collect them. */
class CourierShipmentsModuleService extends MedusaService({
  Shipment,
  Event,
  Pickup,
  Remittance,
  RemittanceLine,
}) {
  /**
   * Stores an imported statement in one transaction: the remittance, its lines, and on every
   * matched parcel the line that paid its cash over. Either all of it is written or none.
   */
  @InjectTransactionManager()
  async storeRemittance(
    input: StoreRemittanceInput,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string }> {
    const { lines, ...totals } = input
    const remittance = await this.createRemittances(totals, sharedContext)
    const created = await this.createRemittanceLines(
      lines.map((line) => ({ ...line, remittance_id: remittance.id })),
      sharedContext
    )
    const matched = created.filter(
      (line) => line.outcome === "matched" && line.shipment_id
    )
    if (matched.length > 0) {
      await this.updateShipments(
        matched.map((line) => ({
          id: line.shipment_id as string,
          remitted_at: input.imported_at,
          remitted_amount: line.amount,
          remittance_line_id: line.id,
        })),
        sharedContext
      )
    }
    return { id: remittance.id }
  }

  /** Undoes storeRemittance (a workflow's rollback): the parcels unmarked, the rows deleted. */
  @InjectTransactionManager()
  async removeRemittance(
    id: string,
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const lines = await this.listRemittanceLines(
      { remittance_id: id },
      { select: ["id"] },
      sharedContext
    )
    const lineIds = lines.map((line) => line.id)
    if (lineIds.length > 0) {
      const marked = await this.listShipments(
        { remittance_line_id: lineIds },
        { select: ["id"] },
        sharedContext
      )
      if (marked.length > 0) {
        await this.updateShipments(
          marked.map((shipment) => ({
            id: shipment.id,
            remitted_at: null,
            remitted_amount: null,
            remittance_line_id: null,
          })),
          sharedContext
        )
      }
      await this.deleteRemittanceLines(lineIds, sharedContext)
    }
    await this.deleteRemittances(id, sharedContext)
  }
}

export default CourierShipmentsModuleService
