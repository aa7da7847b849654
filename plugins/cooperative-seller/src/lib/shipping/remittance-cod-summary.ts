import {
  COURIER_SHIPMENTS_MODULE,
  type CourierShipmentsModuleService,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import type { MedusaContainer } from "@medusajs/framework/types"

import { loadOrderCash } from "./remittances"

type Tally = { amount: number; parcels: number }

export type CodParcel = {
  order_id: string
  display_id: number | null
  tracking_number: string
  provider_id: string
  cod_amount: number
  collected_at: Date
  remitted_at: Date | null
  remitted_amount: number | null
}

export type CodSummary = {
  collected: Tally
  remitted: Tally
  outstanding: Tally
  shipments: CodParcel[]
  count: number
}

/**
 * The cash couriers collected for one cooperative's parcels (their orders' COD payments
 * captured), what they have paid over (matched statement lines) and what they still owe; with
 * the collected parcels themselves, most recently collected first.
 */
export const loadCodSummary = async (
  container: MedusaContainer,
  cooperativeId: string,
  page: { limit: number; offset: number }
): Promise<CodSummary> => {
  const shipments = await container
    .resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)
    .listShipments({ cooperative_id: cooperativeId, cod_amount: { $gt: 0 } })
  const cash = await loadOrderCash(
    container,
    shipments.map((shipment) => shipment.order_id)
  )
  const collected = shipments.flatMap((shipment): CodParcel[] => {
    const order = cash.get(shipment.order_id)
    if (!order?.collected_at) {
      return []
    }
    return [
      {
        order_id: shipment.order_id,
        display_id: order.display_id,
        tracking_number: shipment.tracking_number,
        provider_id: shipment.provider_id,
        cod_amount: shipment.cod_amount,
        collected_at: order.collected_at,
        remitted_at: shipment.remitted_at
          ? new Date(shipment.remitted_at)
          : null,
        remitted_amount: shipment.remitted_amount ?? null,
      },
    ]
  })
  collected.sort(
    (a, b) =>
      b.collected_at.getTime() - a.collected_at.getTime() ||
      b.tracking_number.localeCompare(a.tracking_number)
  )
  const tally = (parcels: CodParcel[], amount: (p: CodParcel) => number) => ({
    amount: parcels.reduce((sum, parcel) => sum + amount(parcel), 0),
    parcels: parcels.length,
  })
  const remitted = collected.filter((parcel) => parcel.remitted_at)
  const owed = collected.filter((parcel) => !parcel.remitted_at)
  const collectedTally = tally(collected, (parcel) => parcel.cod_amount)
  const remittedTally = tally(remitted, (parcel) => parcel.remitted_amount ?? 0)
  return {
    collected: collectedTally,
    remitted: remittedTally,
    outstanding: {
      amount: collectedTally.amount - remittedTally.amount,
      parcels: owed.length,
    },
    shipments: collected.slice(page.offset, page.offset + page.limit),
    count: collected.length,
  }
}
