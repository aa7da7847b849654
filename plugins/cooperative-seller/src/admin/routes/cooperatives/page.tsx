import { defineRouteConfig } from "@medusajs/admin-sdk"
import { BuildingStorefront } from "@medusajs/icons"
import { Container, Heading, Input, Select, Table, Text } from "@medusajs/ui"
import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useState } from "react"
import { Link } from "react-router-dom"

import {
  type CooperativeStatus,
  listCooperatives,
  PAGE_SIZE,
} from "../../lib/cooperatives"
import { listStatus, Pager } from "../../lib/pager"
import { ListError } from "../../lib/query-state"
import { ListingApprovalToggle } from "../../lib/listing-approval-toggle"
import { CooperativeStatusBadge } from "../../lib/status-badge"

const STATUS_FILTERS: { value: CooperativeStatus | "all"; label: string }[] = [
  { value: "pending", label: "Pending review" },
  { value: "active", label: "Active" },
  { value: "suspended", label: "Suspended" },
  { value: "rejected", label: "Rejected" },
  { value: "all", label: "All" },
]

/** The operator's list of cooperatives, applications first. */
const CooperativesPage = () => {
  const [status, setStatus] = useState<CooperativeStatus | "all">("pending")
  const [search, setSearch] = useState("")
  const [offset, setOffset] = useState(0)
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["cooperatives", status, search, offset],
    queryFn: () =>
      listCooperatives({
        status: status === "all" ? undefined : status,
        q: search.trim() || undefined,
        offset,
      }),
    placeholderData: keepPreviousData,
  })
  const count = data?.count ?? 0

  return (
    <Container className="divide-y p-0">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h1">Cooperatives</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Review applications, then approve, reject or suspend.
          </Text>
        </div>
        <div className="flex gap-2">
          <Input
            type="search"
            size="small"
            placeholder="Search name or handle"
            aria-label="Search cooperatives"
            value={search}
            onChange={(event) => {
              setSearch(event.target.value)
              setOffset(0)
            }}
          />
          <Select
            size="small"
            value={status}
            onValueChange={(value) => {
              setStatus(value as CooperativeStatus | "all")
              setOffset(0)
            }}
          >
            <Select.Trigger aria-label="Status">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {STATUS_FILTERS.map((filter) => (
                <Select.Item key={filter.value} value={filter.value}>
                  {filter.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
      </div>
      <ListingApprovalToggle />
      {isError ? (
        <ListError error={error} />
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Name</Table.HeaderCell>
              <Table.HeaderCell>Registration</Table.HeaderCell>
              <Table.HeaderCell>Province</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Applied</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.cooperatives ?? []).map((cooperative) => (
              <Table.Row key={cooperative.id}>
                <Table.Cell>
                  <Link
                    to={`/cooperatives/${cooperative.id}`}
                    className="text-ui-fg-interactive"
                  >
                    {cooperative.name}
                  </Link>
                </Table.Cell>
                <Table.Cell>{cooperative.registration_number}</Table.Cell>
                <Table.Cell>
                  {cooperative.province_name ?? cooperative.province_code}
                </Table.Cell>
                <Table.Cell>
                  <CooperativeStatusBadge status={cooperative.status} />
                </Table.Cell>
                <Table.Cell>
                  {new Date(cooperative.created_at).toLocaleDateString(
                    "vi-VN",
                    { timeZone: "Asia/Ho_Chi_Minh" }
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <Pager
        offset={offset}
        count={count}
        pageSize={PAGE_SIZE}
        onOffsetChange={setOffset}
        status={listStatus(isLoading, count, "No cooperatives here.")}
      />
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Cooperatives",
  icon: BuildingStorefront,
})

export default CooperativesPage
