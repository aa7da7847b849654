import { StatusBadge, Table, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"

import {
  formatDateTime,
  formatVnd,
  providerLabel,
  type Remittance,
  type RemittanceLine,
  type RemittanceOutcome,
} from "./remittances"

const OUTCOMES: Record<
  RemittanceOutcome,
  { label: string; color: "green" | "orange" | "red" }
> = {
  matched: { label: "Matched", color: "green" },
  unknown_tracking_number: { label: "Unknown tracking number", color: "red" },
  wrong_amount: { label: "Wrong amount", color: "red" },
  duplicate: { label: "Duplicate", color: "orange" },
  not_collected: { label: "Not collected", color: "orange" },
}

const OutcomeBadge = ({ outcome }: { outcome: RemittanceOutcome }) => {
  const shown = OUTCOMES[outcome] ?? { label: outcome, color: "orange" }
  return (
    <StatusBadge color={shown.color} className="whitespace-nowrap">
      {shown.label}
    </StatusBadge>
  )
}

/** The order a line was matched to, linked to Medusa's own order page. */
const OrderLink = ({ line }: { line: RemittanceLine }) =>
  line.order_id ? (
    <Link to={`/orders/${line.order_id}`} className="text-ui-fg-interactive">
      #{line.display_id ?? line.order_id}
    </Link>
  ) : (
    <Text size="small" className="text-ui-fg-muted">
      —
    </Text>
  )

/**
 * A line's order, amount and outcome cells, then its explanation and, once followed up, when
 * and with what note; `children` go under the explanation.
 */
export const LineCells = ({
  line,
  children,
}: {
  line: RemittanceLine
  children?: ReactNode
}) => (
  <>
    <Table.Cell>
      <OrderLink line={line} />
    </Table.Cell>
    <Table.Cell className="whitespace-nowrap text-right">
      {formatVnd(line.amount)}
    </Table.Cell>
    <Table.Cell>
      <OutcomeBadge outcome={line.outcome} />
    </Table.Cell>
    <Table.Cell className="min-w-[16rem] whitespace-normal py-2">
      <Text size="small">{line.detail}</Text>
      {line.resolved_at ? (
        <Text size="small" className="text-ui-fg-subtle">
          Followed up {formatDateTime(line.resolved_at)}
          {line.resolution_note ? `: ${line.resolution_note}` : ""}
        </Text>
      ) : null}
      {children}
    </Table.Cell>
  </>
)

const Figure = ({
  label,
  value,
  testId,
}: {
  label: string
  value: string
  testId: string
}) => (
  <div className="flex flex-col gap-1">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="large" weight="plus" data-testid={testId}>
      {value}
    </Text>
  </div>
)

/** What an import came to: lines, how many matched, and the money on each side. */
export const RemittanceSummary = ({
  remittance,
}: {
  remittance: Remittance
}) => (
  <div className="flex flex-col gap-3" data-testid="remittance-summary">
    <Text size="small" className="text-ui-fg-subtle">
      {providerLabel(remittance.provider)}
      {remittance.file_name ? ` · ${remittance.file_name}` : ""} · imported{" "}
      {formatDateTime(remittance.imported_at)}
    </Text>
    <div className="grid grid-cols-2 gap-4 md:grid-cols-5">
      <Figure
        label="Lines"
        value={String(remittance.lines_count)}
        testId="summary-lines"
      />
      <Figure
        label="Matched"
        value={String(remittance.matched_count)}
        testId="summary-matched"
      />
      <Figure
        label="Mismatched"
        value={String(remittance.mismatched_count)}
        testId="summary-mismatched"
      />
      <Figure
        label="Amount in the file"
        value={formatVnd(remittance.amount_total)}
        testId="summary-amount-total"
      />
      <Figure
        label="Amount matched"
        value={formatVnd(remittance.amount_matched)}
        testId="summary-amount-matched"
      />
    </div>
  </div>
)

/** Every line of an import with its outcome and the sentence that explains it. */
export const RemittanceLinesTable = ({ lines }: { lines: RemittanceLine[] }) =>
  lines.length === 0 ? (
    <Text className="px-6 py-4">This file had no lines.</Text>
  ) : (
    <div className="overflow-x-auto">
      <Table>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Row</Table.HeaderCell>
            <Table.HeaderCell className="whitespace-nowrap">
              Tracking number
            </Table.HeaderCell>
            <Table.HeaderCell>Order</Table.HeaderCell>
            <Table.HeaderCell className="text-right">Amount</Table.HeaderCell>
            <Table.HeaderCell>Outcome</Table.HeaderCell>
            <Table.HeaderCell>Detail</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {lines.map((line) => (
            <Table.Row key={line.id} data-testid="remittance-line">
              <Table.Cell>{line.line_number}</Table.Cell>
              <Table.Cell className="font-mono">
                {line.tracking_number}
              </Table.Cell>
              <LineCells line={line} />
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  )
