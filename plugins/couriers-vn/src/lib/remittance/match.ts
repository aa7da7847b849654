import type { RemittanceOutcome } from "../../modules/courier-shipments/models/remittance-line"
import { formatDong } from "../documents/money"
import { normalizeTrackingNumber, type StatementLine } from "./read-statement"

/** A parcel of the statement's courier, with what its order's payment says. */
export type RemittanceParcel = {
  shipment_id: string
  tracking_number: string
  order_id: string
  display_id: number | null
  cooperative_id: string
  /** The cash the courier was to collect on delivery, whole đồng. */
  cod_amount: number
  /** `cod` when the order is paid cash on delivery, `online` otherwise. */
  payment: "cod" | "online"
  /** The order's cash-on-delivery payment is captured: the courier has the money. */
  collected: boolean
  /** The parcel's status (`delivered`, `returned`, …), to say why cash is missing. */
  status: string
  /** An earlier statement already paid this parcel's cash over. */
  remitted: boolean
}

export type MatchedLine = StatementLine & {
  outcome: RemittanceOutcome
  detail: string
  /** The cash collected for the parcel (0 when none was); null for an unknown parcel. */
  expected_amount: number | null
  shipment_id: string | null
  order_id: string | null
  display_id: number | null
  cooperative_id: string | null
}

export type MatchedStatement = {
  lines: MatchedLine[]
  lines_count: number
  matched_count: number
  mismatched_count: number
  amount_total: number
  amount_matched: number
}

const orderName = (parcel: RemittanceParcel): string =>
  parcel.display_id === null
    ? `parcel ${parcel.tracking_number}`
    : `order #${parcel.display_id}`

const capitalized = (text: string): string =>
  `${text.charAt(0).toUpperCase()}${text.slice(1)}`

const notCollectedDetail = (parcel: RemittanceParcel): string => {
  const name = orderName(parcel)
  if (parcel.payment === "online") {
    return `${capitalized(name)} was paid online: the courier collected no cash for it.`
  }
  if (parcel.status === "returned" || parcel.status === "canceled") {
    return `The parcel of ${name} was ${parcel.status === "returned" ? "returned" : "cancelled"}: no cash was collected for it.`
  }
  return `No cash is collected for ${name} yet: the parcel is not delivered (${parcel.status.replace(/_/g, " ")}).`
}

/**
 * Matches each statement line to a parcel of the courier by tracking number (case and spaces
 * ignored) and says what it is, first rule that applies: no such parcel → unknown; the parcel
 * already on an earlier row or paid over by an earlier statement → duplicate; its cash not
 * collected → not_collected; an amount other than the cash collected → wrong_amount; otherwise
 * matched. Pure: the caller loads the parcels and stores the result.
 */
export const matchStatement = (
  statement: StatementLine[],
  parcels: RemittanceParcel[]
): MatchedStatement => {
  const byTracking = new Map(
    parcels.map((parcel) => [
      normalizeTrackingNumber(parcel.tracking_number),
      parcel,
    ])
  )
  const firstRow = new Map<string, number>()
  const lines = statement.map((line): MatchedLine => {
    const parcel = byTracking.get(normalizeTrackingNumber(line.tracking_number))
    if (!parcel) {
      return {
        ...line,
        outcome: "unknown_tracking_number",
        detail: `No parcel of this courier has the tracking number ${line.tracking_number}.`,
        expected_amount: null,
        shipment_id: null,
        order_id: null,
        display_id: null,
        cooperative_id: null,
      }
    }
    const expected = parcel.collected ? parcel.cod_amount : 0
    const found = {
      ...line,
      expected_amount: expected,
      shipment_id: parcel.shipment_id,
      order_id: parcel.order_id,
      display_id: parcel.display_id,
      cooperative_id: parcel.cooperative_id,
    }
    const earlierRow = firstRow.get(parcel.shipment_id)
    if (earlierRow === undefined) {
      firstRow.set(parcel.shipment_id, line.line_number)
    }
    const name = orderName(parcel)
    if (earlierRow !== undefined) {
      return {
        ...found,
        outcome: "duplicate",
        detail: `The parcel of ${name} is already on row ${earlierRow} of this statement.`,
      }
    }
    if (parcel.remitted) {
      return {
        ...found,
        outcome: "duplicate",
        detail: `The cash of ${name} was already paid over in an earlier statement.`,
      }
    }
    if (!parcel.collected) {
      return {
        ...found,
        outcome: "not_collected",
        detail: notCollectedDetail(parcel),
      }
    }
    if (line.amount !== expected) {
      const gap = line.amount - expected
      return {
        ...found,
        outcome: "wrong_amount",
        detail: `The courier paid ${formatDong(line.amount)} for ${name}, but ${formatDong(expected)} was collected on delivery (${formatDong(Math.abs(gap))} ${gap < 0 ? "short" : "too much"}).`,
      }
    }
    return {
      ...found,
      outcome: "matched",
      detail: `${capitalized(name)}: ${formatDong(expected)} collected on delivery and paid over.`,
    }
  })
  const matched = lines.filter((line) => line.outcome === "matched")
  return {
    lines,
    lines_count: lines.length,
    matched_count: matched.length,
    mismatched_count: lines.length - matched.length,
    amount_total: lines.reduce((sum, line) => sum + line.amount, 0),
    amount_matched: matched.reduce((sum, line) => sum + line.amount, 0),
  }
}
