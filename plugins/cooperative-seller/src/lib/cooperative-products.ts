import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import ProductCooperativeLink from "../links/product-cooperative"

/** The ids of the products a cooperative sells, read from the product ↔ cooperative link. */
export const listCooperativeProductIds = async (
  container: MedusaContainer,
  cooperativeId: string,
  productIds?: string[]
): Promise<string[]> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: ProductCooperativeLink.entryPoint,
    fields: ["product_id"],
    filters: {
      cooperative_id: cooperativeId,
      ...(productIds ? { product_id: productIds } : {}),
    },
  })) as { data: { product_id: string }[] }
  return data.map((row) => row.product_id)
}

/**
 * Throws NOT_FOUND unless the product belongs to the cooperative: a seller learns nothing about
 * products of other cooperatives, not even that they exist.
 */
export const assertCooperativeProduct = async (
  container: MedusaContainer,
  cooperativeId: string,
  productId: string
): Promise<void> => {
  const owned = await listCooperativeProductIds(container, cooperativeId, [
    productId,
  ])
  if (owned.length === 0) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `There is no product with id ${productId}.`
    )
  }
}
