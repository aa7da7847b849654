import { Container, Text } from "@medusajs/ui"

/** The message to show for a failed request, or `fallback` when it carries none. */
export const errorMessage = (error: unknown, fallback: string): string =>
  error instanceof Error ? error.message : fallback

/** What a detail page shows before its record is there: loading, or why it did not load. */
export const QueryState = ({
  isLoading,
  error,
  failure,
}: {
  isLoading: boolean
  error: unknown
  failure: string
}) => (
  <Container>
    {isLoading ? (
      <Text>Loading…</Text>
    ) : (
      <Text className="text-ui-fg-error">{errorMessage(error, failure)}</Text>
    )}
  </Container>
)

/** The line a list shows in place of its table when it did not load. */
export const ListError = ({ error }: { error: unknown }) => (
  <Text className="px-6 py-4 text-ui-fg-error">
    {errorMessage(error, "The list did not load.")}
  </Text>
)
