import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"

export type ListingDefaults = {
  sales_channel_id: string
  shipping_profile_id: string
  stock_location_id: string
}

const notReady = (what: string): never => {
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `The marketplace has no ${what} yet, so products cannot be listed; ask the operator to finish setting up the store.`
  )
}

/**
 * Where a seller's listing goes: the store's default sales channel, the default shipping profile
 * and the stock location that serves that channel. Every cooperative shares this warehouse until
 * per-cooperative stock locations arrive with shipping.
 */
export const loadListingDefaults = async (
  container: MedusaContainer
): Promise<ListingDefaults> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = (await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id"],
  })) as { data: { id: string; default_sales_channel_id: string | null }[] }
  const salesChannelId =
    store?.default_sales_channel_id ?? notReady("default sales channel")
  const {
    data: [channel],
  } = (await query.graph({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: { id: salesChannelId },
  })) as { data: { id: string; stock_locations?: { id: string }[] }[] }
  const stockLocationId =
    channel?.stock_locations?.[0]?.id ?? notReady("stock location")
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles(
    { type: "default" },
    { select: ["id"], take: 1 }
  )
  return {
    sales_channel_id: salesChannelId,
    shipping_profile_id: profile?.id ?? notReady("default shipping profile"),
    stock_location_id: stockLocationId,
  }
}
