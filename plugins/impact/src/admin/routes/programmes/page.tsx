import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Tag } from "@medusajs/icons"
import { Checkbox, Container, Heading, Table, Text } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"

import {
  listProgrammes,
  setProgrammes,
  type TaggedCooperative,
} from "../../lib/programmes"

/**
 * Which poverty-reduction programmes each cooperative takes part in; officers filter the impact
 * figures by these tags.
 */
const ProgrammesPage = () => {
  const client = useQueryClient()
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["impact-programmes"],
    queryFn: listProgrammes,
  })
  const save = useMutation({
    mutationFn: setProgrammes,
    onSuccess: () =>
      client.invalidateQueries({ queryKey: ["impact-programmes"] }),
  })
  const toggle = (cooperative: TaggedCooperative, code: string, on: boolean) =>
    save.mutate({
      id: cooperative.id,
      programmes: on
        ? [...cooperative.programmes, code]
        : cooperative.programmes.filter((p) => p !== code),
    })

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Programmes</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Tick the programmes each cooperative takes part in. Officers can
          filter the sales uplift by programme.
        </Text>
      </div>
      <div className="overflow-x-auto px-6 py-4">
        {isLoading && <Text>Loading…</Text>}
        {isError && <Text className="text-ui-fg-error">{String(error)}</Text>}
        {save.isError && (
          <Text className="text-ui-fg-error" role="alert">
            {save.error instanceof Error
              ? save.error.message
              : String(save.error)}
          </Text>
        )}
        {data && (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Cooperative</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                {data.programmes.map((p) => (
                  <Table.HeaderCell key={p.code} title={p.name_en}>
                    {p.name_vi}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {data.cooperatives.map((cooperative) => (
                <Table.Row key={cooperative.id} data-testid="programme-row">
                  <Table.Cell>{cooperative.name}</Table.Cell>
                  <Table.Cell>{cooperative.status}</Table.Cell>
                  {data.programmes.map((p) => (
                    <Table.Cell key={p.code}>
                      <Checkbox
                        aria-label={`${cooperative.name}: ${p.name_en}`}
                        checked={cooperative.programmes.includes(p.code)}
                        disabled={save.isPending}
                        onCheckedChange={(checked) =>
                          toggle(cooperative, p.code, checked === true)
                        }
                      />
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </div>
    </Container>
  )
}

export const config = defineRouteConfig({
  label: "Programmes",
  icon: Tag,
})

export default ProgrammesPage
