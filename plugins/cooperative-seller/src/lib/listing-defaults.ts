import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  Modules,
} from "@medusajs/framework/utils"

import CooperativeStockLocationLink from "../links/cooperative-stock-location"

export type ListingDefaults = {
  sales_channel_id: string
  shipping_profile_id: string
}

const notReady = (what: string): never => {
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `The marketplace has no ${what} yet, so products cannot be listed; ask the operator to finish setting up the store.`
  )
}

/** The store's default sales channel: where seller products and cooperative stock go. */
export const loadDefaultSalesChannelId = async (
  container: MedusaContainer
): Promise<string> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = (await query.graph({
    entity: "store",
    fields: ["id", "default_sales_channel_id"],
  })) as { data: { id: string; default_sales_channel_id: string | null }[] }
  return store?.default_sales_channel_id ?? notReady("default sales channel")
}

/**
 * Where a seller's listing goes: the store's default sales channel and the default shipping
 * profile. Its stock sits at the cooperative's own stock location (see
 * `loadCooperativeStockLocationIds`).
 */
export const loadListingDefaults = async (
  container: MedusaContainer
): Promise<ListingDefaults> => {
  const salesChannelId = await loadDefaultSalesChannelId(container)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [profile] = await fulfillment.listShippingProfiles(
    { type: "default" },
    { select: ["id"], take: 1 }
  )
  return {
    sales_channel_id: salesChannelId,
    shipping_profile_id: profile?.id ?? notReady("default shipping profile"),
  }
}

/** Each cooperative's own stock location, read from the cooperative ↔ stock location link. */
export const loadCooperativeStockLocationIds = async (
  container: MedusaContainer,
  cooperativeIds: string[]
): Promise<Record<string, string>> => {
  if (cooperativeIds.length === 0) {
    return {}
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: CooperativeStockLocationLink.entryPoint,
    fields: ["cooperative_id", "stock_location_id"],
    filters: { cooperative_id: cooperativeIds },
  })) as { data: { cooperative_id: string; stock_location_id: string }[] }
  return Object.fromEntries(
    data.map((row) => [row.cooperative_id, row.stock_location_id])
  )
}
