import { Container, Heading } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { Link, useParams } from "react-router-dom"

import { QueryState } from "../../../lib/query-state"
import {
  RemittanceLinesTable,
  RemittanceSummary,
} from "../../../lib/remittance-lines"
import { retrieveRemittance } from "../../../lib/remittances"

/** One imported statement with every line and what it came to. */
const CourierRemittancePage = () => {
  const { id = "" } = useParams()
  const { data, isLoading, isError, error } = useQuery({
    queryKey: ["courier-remittance", id],
    queryFn: () => retrieveRemittance(id),
  })

  if (isLoading || isError || !data) {
    return (
      <QueryState
        isLoading={isLoading}
        error={error}
        failure="This remittance did not load."
      />
    )
  }
  const remittance = data.remittance
  return (
    <Container className="divide-y p-0">
      <div className="flex flex-col gap-3 px-6 py-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Heading level="h1">Remittance statement</Heading>
          <Link
            to="/courier-remittances"
            className="txt-compact-small text-ui-fg-interactive"
          >
            All remittances
          </Link>
        </div>
        <RemittanceSummary remittance={remittance} />
      </div>
      <RemittanceLinesTable lines={remittance.lines ?? []} />
    </Container>
  )
}

export default CourierRemittancePage
