import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Cash } from "@medusajs/icons"
import { Container, Heading, Table } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"

import { listStatus, Pager } from "../../lib/pager"
import { ListError } from "../../lib/query-state"
import { RemittanceImportForm } from "../../lib/remittance-import-form"
import { RemittanceMismatches } from "../../lib/remittance-mismatches"
import {
  formatDateTime,
  formatVnd,
  listRemittances,
  PAGE_SIZE,
  providerLabel,
} from "../../lib/remittances"

/** Every statement imported so far, newest first. */
const PastImports = () => {
  const [offset, setOffset] = useState(0)
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["courier-remittances", offset],
    queryFn: () => listRemittances(offset),
    placeholderData: keepPreviousData,
  })
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0" data-testid="remittance-imports">
      <div className="px-6 py-4">
        <Heading level="h2">Past imports</Heading>
      </div>
      {isError ? (
        <ListError error={error} />
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Imported</Table.HeaderCell>
                <Table.HeaderCell>Courier</Table.HeaderCell>
                <Table.HeaderCell>File</Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  Lines
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  Mismatched
                </Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  Amount matched
                </Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {(data?.remittances ?? []).map((remittance) => (
                <Table.Row key={remittance.id} data-testid="remittance-row">
                  <Table.Cell>
                    <Link
                      to={`/courier-remittances/${remittance.id}`}
                      className="text-ui-fg-interactive whitespace-nowrap"
                    >
                      {formatDateTime(remittance.imported_at)}
                    </Link>
                  </Table.Cell>
                  <Table.Cell>{providerLabel(remittance.provider)}</Table.Cell>
                  <Table.Cell>{remittance.file_name ?? "—"}</Table.Cell>
                  <Table.Cell className="text-right">
                    {remittance.lines_count}
                  </Table.Cell>
                  <Table.Cell className="text-right">
                    {remittance.mismatched_count}
                  </Table.Cell>
                  <Table.Cell className="whitespace-nowrap text-right">
                    {`${formatVnd(remittance.amount_matched)} of ${formatVnd(remittance.amount_total)}`}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      <Pager
        offset={offset}
        count={count}
        pageSize={PAGE_SIZE}
        onOffsetChange={setOffset}
        status={listStatus(isLoading, count, "No statement imported yet.")}
      />
    </Container>
  )
}

/** The operator's page for the cash couriers pay over: import, follow up, look back. */
const CourierRemittancesPage = () => (
  <div className="flex flex-col gap-4">
    <RemittanceImportForm />
    <RemittanceMismatches />
    <PastImports />
  </div>
)

export const config = defineRouteConfig({
  label: "Remittances",
  icon: Cash,
})

export default CourierRemittancesPage
