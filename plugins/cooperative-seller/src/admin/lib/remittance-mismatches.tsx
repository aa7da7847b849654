import {
  Button,
  Container,
  Heading,
  Label,
  Select,
  Table,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { type FormEvent, useState } from "react"
import { Link } from "react-router-dom"

import { Pager } from "./pager"
import { errorMessage, ListError } from "./query-state"
import { LineCells } from "./remittance-lines"
import {
  listMismatches,
  PAGE_SIZE,
  type RemittanceLine,
  resolveMismatch,
} from "./remittances"

const NOTE_MAX = 500

/** The note the operator writes when a mismatch has been followed up with the courier. */
const FollowUpForm = ({
  line,
  onDone,
}: {
  line: RemittanceLine
  onDone: () => void
}) => {
  const client = useQueryClient()
  const [note, setNote] = useState("")
  const save = useMutation({
    mutationFn: () => resolveMismatch(line.id, note.trim()),
    onSuccess: async () => {
      toast.success(`Line ${line.tracking_number} marked followed up.`)
      onDone()
      await client.invalidateQueries({
        queryKey: ["courier-remittance-mismatches"],
      })
      await client.invalidateQueries({ queryKey: ["courier-remittance"] })
    },
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save.mutate()
  }
  const fieldId = `follow-up-${line.id}`
  return (
    <form className="flex flex-col gap-2 py-2" onSubmit={submit}>
      <Label htmlFor={fieldId} size="small">
        Follow-up note
      </Label>
      <Textarea
        id={fieldId}
        value={note}
        maxLength={NOTE_MAX}
        placeholder="What was agreed with the courier or the cooperative"
        onChange={(event) => setNote(event.target.value)}
      />
      {save.isError ? (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {errorMessage(save.error, "The note was not saved.")}
        </Text>
      ) : null}
      <div className="flex gap-2">
        <Button
          size="small"
          type="submit"
          isLoading={save.isPending}
          disabled={note.trim().length === 0}
        >
          Save note
        </Button>
        <Button size="small" variant="secondary" type="button" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  )
}

/** Lines from every import that did not match, to follow up with the courier. */
export const RemittanceMismatches = () => {
  const [resolved, setResolved] = useState(false)
  const [offset, setOffset] = useState(0)
  const [editing, setEditing] = useState<string | null>(null)
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["courier-remittance-mismatches", resolved, offset],
    queryFn: () => listMismatches(resolved, offset),
    placeholderData: keepPreviousData,
  })
  const count = data?.count ?? 0
  const lines = data?.lines ?? []

  return (
    <Container className="divide-y p-0" data-testid="remittance-mismatches">
      <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading level="h2">
            {resolved ? "Followed-up mismatches" : "Open mismatches"}
          </Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Lines that matched no parcel or not its cash, across every import.
          </Text>
        </div>
        <div className="w-40">
          <Select
            size="small"
            value={resolved ? "resolved" : "open"}
            onValueChange={(value) => {
              setResolved(value === "resolved")
              setOffset(0)
              setEditing(null)
            }}
          >
            <Select.Trigger aria-label="Which mismatches">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value="open">Open</Select.Item>
              <Select.Item value="resolved">Followed up</Select.Item>
            </Select.Content>
          </Select>
        </div>
      </div>
      {isError ? (
        <ListError error={error} />
      ) : lines.length === 0 ? (
        <Text size="small" className="px-6 py-4 text-ui-fg-subtle">
          {isLoading
            ? "Loading…"
            : resolved
              ? "No mismatch has been followed up yet."
              : "No open mismatches: every remitted line matched or has been followed up."}
        </Text>
      ) : (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell className="whitespace-nowrap">
                  Tracking number
                </Table.HeaderCell>
                <Table.HeaderCell>Order</Table.HeaderCell>
                <Table.HeaderCell className="text-right">
                  Amount
                </Table.HeaderCell>
                <Table.HeaderCell>Outcome</Table.HeaderCell>
                <Table.HeaderCell>Detail</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {lines.map((line) => (
                <Table.Row key={line.id} data-testid="mismatch-row">
                  <Table.Cell className="font-mono">
                    {line.remittance_id ? (
                      <Link
                        to={`/courier-remittances/${line.remittance_id}`}
                        className="text-ui-fg-interactive"
                      >
                        {line.tracking_number}
                      </Link>
                    ) : (
                      line.tracking_number
                    )}
                  </Table.Cell>
                  <LineCells line={line}>
                    {editing === line.id ? (
                      <FollowUpForm
                        line={line}
                        onDone={() => setEditing(null)}
                      />
                    ) : null}
                  </LineCells>
                  <Table.Cell>
                    {!line.resolved_at && editing !== line.id ? (
                      <Button
                        size="small"
                        variant="secondary"
                        className="whitespace-nowrap"
                        onClick={() => setEditing(line.id)}
                      >
                        Mark followed up
                      </Button>
                    ) : null}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {count > PAGE_SIZE ? (
        <Pager
          offset={offset}
          count={count}
          pageSize={PAGE_SIZE}
          onOffsetChange={setOffset}
        />
      ) : null}
    </Container>
  )
}
