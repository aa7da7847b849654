import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import CooperativeShippingProfileLink from "../../links/cooperative-shipping-profile"

export type CartCooperative = {
  id: string
  name: string
  handle: string
  status: string
}

/** The cooperative selling each of these products (product id → cooperative, or null). */
export const loadProductCooperatives = async (
  container: MedusaContainer,
  productIds: string[]
): Promise<Map<string, CartCooperative | null>> => {
  const ids = [...new Set(productIds)]
  if (ids.length === 0) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "product",
    fields: [
      "id",
      "cooperative.id",
      "cooperative.name",
      "cooperative.handle",
      "cooperative.status",
    ],
    filters: { id: ids },
  })) as { data: { id: string; cooperative?: CartCooperative | null }[] }
  return new Map(
    data.map((product) => [product.id, product.cooperative ?? null])
  )
}

/**
 * Which cooperative ships on each shipping profile (profile id → cooperative id), for the given
 * cooperatives: a delivery option serves the cooperative whose profile it is on.
 */
export const loadCooperativeOfProfile = async (
  container: MedusaContainer,
  cooperativeIds: string[]
): Promise<Map<string, string>> => {
  if (cooperativeIds.length === 0) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: CooperativeShippingProfileLink.entryPoint,
    fields: ["cooperative_id", "shipping_profile_id"],
    filters: { cooperative_id: cooperativeIds },
  })) as { data: { cooperative_id: string; shipping_profile_id: string }[] }
  return new Map(
    data.map((row) => [row.shipping_profile_id, row.cooperative_id])
  )
}
