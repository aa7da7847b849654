import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

const INACTIVE_STATUSES = ["pending", "rejected", "suspended"]

/** Ids of the products whose cooperative is not active (pending, rejected or suspended). */
export const listHiddenProductIds = async (
  scope: MedusaContainer
): Promise<string[]> => {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "cooperative",
    fields: ["products.id"],
    filters: { status: INACTIVE_STATUSES },
  })) as { data: { products?: { id: string }[] }[] }
  return data.flatMap((cooperative) =>
    (cooperative.products ?? []).map((product) => product.id)
  )
}

/** GET /store/products: products of inactive cooperatives are left out of every list. */
export const hideInactiveFromList = async (
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> => {
  const hidden = await listHiddenProductIds(req.scope)
  if (hidden.length > 0) {
    const filters = req.filterableFields
    const requested = filters.id
    if (requested === undefined) {
      filters.id = { $nin: hidden }
    } else if (typeof requested === "string" || Array.isArray(requested)) {
      const hiddenSet = new Set(hidden)
      filters.id = [requested]
        .flat()
        .filter(
          (id): id is string => typeof id === "string" && !hiddenSet.has(id)
        )
    } else {
      filters.$and = [{ id: requested }, { id: { $nin: hidden } }]
      delete filters.id
    }
  }
  next()
}

/** GET /store/products/:id: a product of an inactive cooperative does not exist for buyers. */
export const hideInactiveProduct = async (
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> => {
  const hidden = await listHiddenProductIds(req.scope)
  const id = req.params.id ?? ""
  if (hidden.includes(id)) {
    next(
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product with id: ${id} was not found`
      )
    )
    return
  }
  next()
}
