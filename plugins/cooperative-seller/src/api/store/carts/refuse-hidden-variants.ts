import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

type CartBody = {
  variant_id?: unknown
  items?: { variant_id?: unknown }[]
}

const MAX_CHECKED_ITEMS = 200

/**
 * A product of a cooperative that is not active cannot be bought either: adding its variant to a
 * cart (or creating a cart with it) is refused with the same answer as an unknown variant.
 */
export const refuseHiddenVariants = async (
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> => {
  const body = (req.body ?? {}) as CartBody
  const variantIds = [
    body.variant_id,
    ...(Array.isArray(body.items)
      ? body.items.slice(0, MAX_CHECKED_ITEMS).map((item) => item?.variant_id)
      : []),
  ].filter((id): id is string => typeof id === "string" && id.length > 0)
  if (variantIds.length === 0) {
    next()
    return
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = (await query.graph({
    entity: "product_variant",
    fields: ["id", "product.cooperative.status"],
    filters: { id: variantIds },
  })) as {
    data: {
      id: string
      product?: { cooperative?: { status: string } | null } | null
    }[]
  }
  const hidden = data.find(
    (variant) =>
      variant.product?.cooperative &&
      variant.product.cooperative.status !== "active"
  )
  if (hidden) {
    next(
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `This product is not on sale at the moment (variant ${hidden.id}).`
      )
    )
    return
  }
  next()
}
