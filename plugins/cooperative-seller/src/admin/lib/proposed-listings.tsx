import { Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"

import { listProposedListings, publishListing } from "./cooperatives"

/** The cooperative's listings waiting for approval, each with a Publish button. */
export const ProposedListings = ({
  cooperativeId,
}: {
  cooperativeId: string
}) => {
  const queryClient = useQueryClient()
  const queryKey = ["cooperative-listings", cooperativeId, "proposed"]
  const { data, isLoading } = useQuery({
    queryKey,
    queryFn: () => listProposedListings(cooperativeId),
  })
  const publish = useMutation({
    mutationFn: (productId: string) => publishListing(cooperativeId, productId),
    onSuccess: async ({ product }) => {
      toast.success(`${product.title} is published.`)
      await queryClient.invalidateQueries({ queryKey })
    },
    onError: (failure) => {
      toast.error(
        failure instanceof Error ? failure.message : "That did not work."
      )
    },
  })
  const listings = data?.listings ?? []
  return (
    <Container className="flex flex-col gap-3">
      <Heading level="h2">Listings waiting for approval</Heading>
      {isLoading ? (
        <Text size="small">Loading…</Text>
      ) : listings.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          Nothing is waiting.
        </Text>
      ) : (
        <ul className="flex flex-col gap-2">
          {listings.map((listing) => (
            <li
              key={listing.id}
              className="flex items-center justify-between gap-2"
            >
              <a
                href={`/app/products/${listing.id}`}
                className="text-ui-fg-interactive txt-compact-small-plus hover:underline"
              >
                {listing.title}
              </a>
              <Button
                size="small"
                isLoading={
                  publish.isPending && publish.variables === listing.id
                }
                disabled={publish.isPending}
                onClick={() => publish.mutate(listing.id)}
              >
                Publish
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Container>
  )
}
