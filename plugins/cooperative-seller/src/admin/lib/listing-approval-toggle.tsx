import { Label, Switch, Text, toast } from "@medusajs/ui"
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"

import {
  retrieveMarketplaceSettings,
  updateMarketplaceSettings,
} from "./cooperatives"

/** The operator's switch: whether sellers' new listings wait for approval before the store. */
export const ListingApprovalToggle = () => {
  const queryClient = useQueryClient()
  const { data } = useQuery({
    queryKey: ["marketplace-settings"],
    queryFn: retrieveMarketplaceSettings,
  })
  const update = useMutation({
    mutationFn: (on: boolean) =>
      updateMarketplaceSettings({ listings_need_approval: on }),
    onSuccess: async ({ settings }) => {
      toast.success(
        settings.listings_need_approval
          ? "New listings now wait for your approval."
          : "New listings now go to the store straight away."
      )
      await queryClient.invalidateQueries({
        queryKey: ["marketplace-settings"],
      })
    },
    onError: (failure) => {
      toast.error(
        failure instanceof Error ? failure.message : "That did not work."
      )
    },
  })
  const on = data?.settings.listings_need_approval ?? false
  return (
    <div className="flex items-center gap-3 px-6 py-4">
      <Switch
        id="listings-need-approval"
        checked={on}
        disabled={!data || update.isPending}
        onCheckedChange={(checked) => update.mutate(checked)}
      />
      <div>
        <Label htmlFor="listings-need-approval" size="small" weight="plus">
          New listings need my approval
        </Label>
        <Text size="small" className="text-ui-fg-subtle">
          When on, a product a cooperative publishes waits as “proposed” until
          you publish it on the cooperative’s page.
        </Text>
      </div>
    </div>
  )
}
