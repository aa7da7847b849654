import {
  COURIER_SHIPMENTS_MODULE,
  type CourierShipmentsModuleService,
  type RemittanceOutcome,
} from "@cho-phien/couriers-vn/modules/courier-shipments"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import { WEBHOOK_PROVIDERS } from "./courier-webhooks"
import { COD_PROVIDER_ID } from "./record-courier-event-workflow"

/** The couriers whose statements can be imported, and their fulfilment provider ids. */
export const REMITTANCE_PROVIDERS = ["vnpost-table", "ghn"] as const

export type RemittanceProvider = (typeof REMITTANCE_PROVIDERS)[number]

export const providerIdOf = (provider: RemittanceProvider): string =>
  WEBHOOK_PROVIDERS[provider].provider_id

export type RemittanceLineView = {
  id: string
  remittance_id: string
  line_number: number
  tracking_number: string
  amount: number
  remitted_on: string
  outcome: RemittanceOutcome
  detail: string
  expected_amount: number | null
  order_id: string | null
  display_id: number | null
  cooperative_id: string | null
  resolved_at: Date | null
  resolved_by: string | null
  resolution_note: string | null
}

export type RemittanceView = {
  id: string
  provider: string
  file_name: string | null
  imported_at: Date
  imported_by: string | null
  lines_count: number
  matched_count: number
  mismatched_count: number
  amount_total: number
  amount_matched: number
  lines?: RemittanceLineView[]
}

type StoredRemittance = Omit<
  RemittanceView,
  "amount_total" | "amount_matched"
> & {
  amount_total: unknown
  amount_matched: unknown
}

const service = (container: MedusaContainer) =>
  container.resolve<CourierShipmentsModuleService>(COURIER_SHIPMENTS_MODULE)

/** Whole đồng from a big-number column (a number, a numeric string or a BigNumber). */
const dong = (value: unknown): number => Number(value ?? 0)

export const toLineView = (line: RemittanceLineView): RemittanceLineView => ({
  id: line.id,
  remittance_id: line.remittance_id,
  line_number: line.line_number,
  tracking_number: line.tracking_number,
  amount: line.amount,
  remitted_on: line.remitted_on,
  outcome: line.outcome,
  detail: line.detail,
  expected_amount: line.expected_amount,
  order_id: line.order_id,
  display_id: line.display_id,
  cooperative_id: line.cooperative_id,
  resolved_at: line.resolved_at,
  resolved_by: line.resolved_by,
  resolution_note: line.resolution_note,
})

const toView = (remittance: StoredRemittance): RemittanceView => ({
  id: remittance.id,
  provider: remittance.provider,
  file_name: remittance.file_name,
  imported_at: remittance.imported_at,
  imported_by: remittance.imported_by,
  lines_count: remittance.lines_count,
  matched_count: remittance.matched_count,
  mismatched_count: remittance.mismatched_count,
  amount_total: dong(remittance.amount_total),
  amount_matched: dong(remittance.amount_matched),
})

/** One imported statement with its lines in file order; NOT_FOUND when unknown. */
export const loadRemittance = async (
  container: MedusaContainer,
  id: string
): Promise<RemittanceView> => {
  const shipments = service(container)
  const [remittance] = (await shipments.listRemittances(
    { id },
    { take: 1 }
  )) as unknown as StoredRemittance[]
  if (!remittance) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No courier remittance ${id}; copy its id from GET /admin/courier-remittances.`
    )
  }
  const lines = (await shipments.listRemittanceLines(
    { remittance_id: id },
    { order: { line_number: "ASC" } }
  )) as unknown as RemittanceLineView[]
  return { ...toView(remittance), lines: lines.map(toLineView) }
}

/** The imported statements, newest first, without their lines. */
export const listRemittances = async (
  container: MedusaContainer,
  page: { limit: number; offset: number }
): Promise<{ remittances: RemittanceView[]; count: number }> => {
  const [rows, count] = await service(container).listAndCountRemittances(
    {},
    {
      order: { imported_at: "DESC", id: "DESC" },
      skip: page.offset,
      take: page.limit,
    }
  )
  return {
    remittances: (rows as unknown as StoredRemittance[]).map(toView),
    count,
  }
}

/** The lines that did not match, across imports: newest import first, then in file order. */
export const listMismatches = async (
  container: MedusaContainer,
  query: { resolved: boolean; limit: number; offset: number }
): Promise<{ lines: RemittanceLineView[]; count: number }> => {
  const [rows, count] = await service(container).listAndCountRemittanceLines(
    {
      outcome: { $ne: "matched" },
      resolved_at: query.resolved ? { $ne: null } : null,
    },
    {
      order: { created_at: "DESC", remittance_id: "DESC", line_number: "ASC" },
      skip: query.offset,
      take: query.limit,
    }
  )
  return {
    lines: (rows as unknown as RemittanceLineView[]).map(toLineView),
    count,
  }
}

type OrderPayments = {
  id: string
  display_id: number | null
  payment_collections:
    | {
        payments:
          | {
              provider_id: string
              captured_at: string | Date | null
              canceled_at: string | Date | null
            }[]
          | null
      }[]
    | null
}

export type OrderCashState = {
  display_id: number | null
  payment: "cod" | "online"
  /** When the order's cash-on-delivery payment was captured; null while not collected. */
  collected_at: Date | null
}

/** Orders are read in slices so that a 10,000-line statement does not make one huge query. */
const ORDER_SLICE = 500

/**
 * For each order, whether it is paid cash on delivery and, if so, whether (and when) its
 * payment was captured: the courier has delivered the parcel and holds the cash.
 */
export const loadOrderCash = async (
  container: MedusaContainer,
  orderIds: string[]
): Promise<Map<string, OrderCashState>> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const unique = [...new Set(orderIds)]
  const states = new Map<string, OrderCashState>()
  for (let start = 0; start < unique.length; start += ORDER_SLICE) {
    const { data } = (await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: unique.slice(start, start + ORDER_SLICE) },
    })) as { data: OrderPayments[] }
    for (const order of data) {
      const cod = (order.payment_collections ?? [])
        .flatMap((collection) => collection.payments ?? [])
        .find((payment) => payment.provider_id === COD_PROVIDER_ID)
      const capturedAt =
        cod && cod.captured_at && !cod.canceled_at
          ? new Date(cod.captured_at)
          : null
      states.set(order.id, {
        display_id: order.display_id,
        payment: cod ? "cod" : "online",
        collected_at: capturedAt,
      })
    }
  }
  return states
}
