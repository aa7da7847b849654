import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import {
  Button,
  Checkbox,
  Container,
  Heading,
  Input,
  Label,
  Table,
  Text,
} from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { type FormEvent, useState } from "react"

import {
  createOfficer,
  listOfficers,
  type NewOfficer,
  removeOfficer,
} from "../../lib/officers"

const EMPTY: NewOfficer = {
  email: "",
  name: "",
  password: "",
  province_codes: [],
}

/** The operator's programme officers: who may read the impact figures, and for which provinces. */
const OfficersPage = () => {
  const client = useQueryClient()
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["officers"],
    queryFn: listOfficers,
  })
  const [form, setForm] = useState<NewOfficer>(EMPTY)
  const create = useMutation({
    mutationFn: createOfficer,
    onSuccess: async () => {
      setForm(EMPTY)
      await client.invalidateQueries({ queryKey: ["officers"] })
    },
  })
  const remove = useMutation({
    mutationFn: removeOfficer,
    onSuccess: () => client.invalidateQueries({ queryKey: ["officers"] }),
  })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(form)
  }
  const toggle = (code: string, on: boolean) =>
    setForm((current) => ({
      ...current,
      province_codes: on
        ? [...current.province_codes, code]
        : current.province_codes.filter((c) => c !== code),
    }))

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Programme officers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Officers read the sales uplift of the communes in their provinces.
          Tick no province to let them read every province.
        </Text>
      </div>
      <div className="px-6 py-4">
        {isLoading && <Text>Loading…</Text>}
        {isError && <Text className="text-ui-fg-error">{String(error)}</Text>}
        {data && data.officers.length === 0 && <Text>No officers yet.</Text>}
        {data && data.officers.length > 0 && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Name</Table.HeaderCell>
                <Table.HeaderCell>E-mail</Table.HeaderCell>
                <Table.HeaderCell>Provinces</Table.HeaderCell>
                <Table.HeaderCell />
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.officers.map((officer) => (
                <Table.Row key={officer.id} data-testid="officer-row">
                  <Table.Cell>{officer.name}</Table.Cell>
                  <Table.Cell>{officer.email}</Table.Cell>
                  <Table.Cell>
                    {officer.all_provinces
                      ? "All provinces"
                      : officer.provinces.map((p) => p.name).join(", ")}
                  </Table.Cell>
                  <Table.Cell>
                    <Button
                      size="small"
                      variant="danger"
                      isLoading={
                        remove.isPending && remove.variables === officer.id
                      }
                      onClick={() => {
                        if (
                          window.confirm(
                            `Remove ${officer.name}? Their access ends at once.`
                          )
                        ) {
                          remove.mutate(officer.id)
                        }
                      }}
                    >
                      Remove
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
      <form className="flex flex-col gap-3 px-6 py-4" onSubmit={submit}>
        <Heading level="h2">Add an officer</Heading>
        <div className="grid gap-3 md:grid-cols-3">
          <div>
            <Label htmlFor="officer-name">Full name</Label>
            <Input
              id="officer-name"
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.target.value })}
              required
            />
          </div>
          <div>
            <Label htmlFor="officer-email">E-mail</Label>
            <Input
              id="officer-email"
              type="email"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
              required
            />
          </div>
          <div>
            <Label htmlFor="officer-password">
              Password (10 characters or more)
            </Label>
            <Input
              id="officer-password"
              type="password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
              required
            />
          </div>
        </div>
        <fieldset>
          <legend className="mb-2">
            <Text size="small">Provinces (none ticked: all)</Text>
          </legend>
          <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
            {(data?.provinces ?? []).map((province) => (
              <div key={province.code} className="flex items-center gap-2">
                <Checkbox
                  id={`province-${province.code}`}
                  checked={form.province_codes.includes(province.code)}
                  onCheckedChange={(checked) =>
                    toggle(province.code, checked === true)
                  }
                />
                <Label htmlFor={`province-${province.code}`}>
                  {province.name}
                </Label>
              </div>
            ))}
          </div>
        </fieldset>
        {create.isError && (
          <Text className="text-ui-fg-error" role="alert">
            {create.error instanceof Error
              ? create.error.message
              : String(create.error)}
          </Text>
        )}
        <div>
          <Button type="submit" isLoading={create.isPending}>
            Add officer
          </Button>
        </div>
      </form>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Officers",
  icon: Users,
})

export default OfficersPage
