import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import {
  Badge,
  Button,
  Container,
  Heading,
  Label,
  Select,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"

import {
  PARCEL_STATUS_LABELS,
  PARCEL_STATUSES,
  type ParcelEventStatus,
  recordParcelEvent,
  retrieveParcelTimeline,
} from "../lib/parcel-events"
import { formatDateTime, formatVnd } from "../lib/remittances"

const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : "The event could not be saved."

/**
 * The order's parcel on the order page: courier, tracking number, status, its timeline, and for
 * the VNPost table courier (no API) a form to record what the courier did.
 */
const OrderParcelWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const queryClient = useQueryClient()
  const [status, setStatus] = useState<ParcelEventStatus>("picked_up")
  const [note, setNote] = useState("")
  const queryKey = ["order-parcel", order.id]
  const { data, isLoading, isError, error } = useQuery({
    queryKey,
    queryFn: () => retrieveParcelTimeline(order.id),
  })
  const record = useMutation({
    mutationFn: () =>
      recordParcelEvent(order.id, {
        status,
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: async () => {
      toast.success(`Recorded: ${PARCEL_STATUS_LABELS[status]}.`)
      setNote("")
      await queryClient.invalidateQueries({ queryKey })
    },
    onError: (failure) => toast.error(errorMessage(failure)),
  })

  const shipment = data?.shipment
  return (
    <Container className="divide-y p-0" data-testid="order-parcel">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Parcel</Heading>
        {shipment && (
          <Badge size="2xsmall">
            {PARCEL_STATUS_LABELS[shipment.status] ?? shipment.status}
          </Badge>
        )}
      </div>
      {isLoading && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Loading…
        </Text>
      )}
      {isError && (
        <Text size="small" className="px-6 py-4 text-ui-fg-error">
          {errorMessage(error)}
        </Text>
      )}
      {data && !shipment && (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          Not handed to a courier yet: the cooperative marks it ready to ship
          from its portal.
        </Text>
      )}
      {shipment && (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus" data-testid="parcel-tracking">
            {shipment.tracking_number}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {shipment.courier === "ghn" ? "GHN" : "VNPost"}
            {shipment.cod_amount > 0
              ? ` · cash to collect ${formatVnd(shipment.cod_amount)}`
              : " · paid online"}
            {shipment.expected_delivery_at
              ? ` · expected ${formatDateTime(shipment.expected_delivery_at)}`
              : ""}
          </Text>
        </div>
      )}
      {data && data.events.length > 0 && (
        <ol
          className="flex flex-col gap-y-2 px-6 py-4"
          data-testid="parcel-timeline"
        >
          {data.events.map((event, index) => (
            <li key={`${event.occurred_at}-${index}`}>
              <Text size="small" weight="plus">
                {PARCEL_STATUS_LABELS[event.status] ?? event.status}
              </Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {formatDateTime(event.occurred_at)}
                {event.source === "manual" ? " · recorded by hand" : ""}
                {event.note ? ` · ${event.note}` : ""}
              </Text>
            </li>
          ))}
        </ol>
      )}
      {shipment?.manual_events && (
        <form
          className="flex flex-col gap-y-3 px-6 py-4"
          onSubmit={(submitted) => {
            submitted.preventDefault()
            record.mutate()
          }}
        >
          <Text size="small" className="text-ui-fg-subtle">
            VNPost has no API: record what the courier reported.
          </Text>
          <div className="flex flex-col gap-y-1">
            <Label size="small" htmlFor="parcel-event-status">
              What happened
            </Label>
            <Select
              value={status}
              onValueChange={(value) => setStatus(value as ParcelEventStatus)}
            >
              <Select.Trigger id="parcel-event-status">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {PARCEL_STATUSES.map((value) => (
                  <Select.Item key={value} value={value}>
                    {PARCEL_STATUS_LABELS[value]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label size="small" htmlFor="parcel-event-note">
              Note (optional)
            </Label>
            <Textarea
              id="parcel-event-note"
              value={note}
              maxLength={500}
              onChange={(changed) => setNote(changed.target.value)}
            />
          </div>
          <Button
            size="small"
            type="submit"
            isLoading={record.isPending}
            className="self-start"
          >
            Record event
          </Button>
        </form>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderParcelWidget
