import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  getVariantAvailability,
  MedusaError,
} from "@medusajs/framework/utils"
import {
  listShippingOptionsForCartWithPricingWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  deliveryDays,
  type ServiceCode,
} from "@cho-phien/couriers-vn/lib/tariff"

import {
  loadCooperativeOfProfile,
  loadProductCooperatives,
} from "../../../lib/checkout/cooperatives"

type PricedOption = {
  id: string
  name: string
  provider_id: string
  shipping_profile_id: string
  data: Record<string, unknown> | null
  amount?: number | null
  stock_location?: { address?: { province?: string | null } | null } | null
}

type CartRow = {
  id: string
  sales_channel_id: string
  shipping_address: { province?: string | null } | null
  items: {
    variant_id: string | null
    product_id: string | null
    quantity: number
  }[]
}

const QUOTE_UNAVAILABLE =
  "This courier cannot quote this parcel right now; choose another delivery option or try again later."

/**
 * Prices the given options (the cart's cooperatives' own, never every cooperative's), one by one
 * when pricing them all at once fails, so that one courier's trouble leaves the others available.
 */
const priceOptions = async (
  req: MedusaRequest,
  cartId: string,
  optionIds: string[]
): Promise<{ option: PricedOption; error?: string }[]> => {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  if (optionIds.length === 0) {
    return []
  }
  try {
    const { result } = await listShippingOptionsForCartWithPricingWorkflow(
      req.scope
    ).run({
      input: {
        cart_id: cartId,
        is_return: false,
        options: optionIds.map((id) => ({ id })),
      },
    })
    return (result as PricedOption[]).map((option) => ({ option }))
  } catch (error) {
    logger.warn(
      `Pricing all delivery options for cart ${cartId} failed (${(error as Error).message}); pricing them one by one.`
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  // The same options that serve this cart's address, without prices, to price one at a time.
  const { result: listed } = await listShippingOptionsForCartWorkflow(
    req.scope
  ).run({
    input: { cart_id: cartId, is_return: false },
  })
  const wanted = new Set(optionIds)
  const priced: { option: PricedOption; error?: string }[] = []
  for (const candidate of (listed as unknown as PricedOption[]).filter(
    (option) => wanted.has(option.id)
  )) {
    try {
      const { result } = await listShippingOptionsForCartWithPricingWorkflow(
        req.scope
      ).run({
        input: {
          cart_id: cartId,
          is_return: false,
          options: [{ id: candidate.id }],
        },
      })
      const option = (result as PricedOption[])[0]
      if (option) {
        priced.push({ option })
      }
    } catch (error) {
      logger.warn(
        `Delivery option ${candidate.id} could not be priced for cart ${cartId}: ${(error as Error).message}`
      )
      const { data } = (await query.graph({
        entity: "shipping_option",
        fields: ["id", "name", "provider_id", "shipping_profile_id", "data"],
        filters: { id: candidate.id },
      })) as { data: PricedOption[] }
      if (data[0]) {
        priced.push({
          option: { ...data[0], amount: null },
          error: QUOTE_UNAVAILABLE,
        })
      }
    }
  }
  return priced
}

/**
 * Medusa's `GET /store/shipping-options?cart_id=`, per cooperative: only the options of the
 * cooperatives whose products are in the cart, each with the cooperative it serves
 * (`cooperative_id`), its price for that cooperative's parcel, the expected delivery days and
 * whether that cooperative still has the stock. A courier that cannot quote shows `amount: null`
 * and a `quote_error` sentence instead of breaking the list.
 */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const cartId = String(
    (req.filterableFields as { cart_id?: string } | undefined)?.cart_id ??
      req.query.cart_id ??
      ""
  )
  if (!cartId) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Give the cart's id as cart_id to list its delivery options."
    )
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = (await query.graph({
    entity: "cart",
    fields: [
      "id",
      "sales_channel_id",
      "shipping_address.province",
      "items.variant_id",
      "items.product_id",
      "items.quantity",
    ],
    filters: { id: cartId },
  })) as { data: CartRow[] }
  if (!cart) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cart ${cartId} was not found.`
    )
  }
  const cooperativeOfProduct = await loadProductCooperatives(
    req.scope,
    cart.items.flatMap((item) => (item.product_id ? [item.product_id] : []))
  )
  const cooperatives = new Map(
    [...cooperativeOfProduct.values()].flatMap((cooperative) =>
      cooperative
        ? [
            [
              cooperative.id,
              {
                id: cooperative.id,
                name: cooperative.name,
                handle: cooperative.handle,
              },
            ] as const,
          ]
        : []
    )
  )
  if (cooperatives.size === 0) {
    res.json({ shipping_options: [] })
    return
  }
  const cooperativeOfProfile = await loadCooperativeOfProfile(req.scope, [
    ...cooperatives.keys(),
  ])

  const variantIds = cart.items.flatMap((item) =>
    item.variant_id ? [item.variant_id] : []
  )
  const availability =
    variantIds.length > 0
      ? await getVariantAvailability(query, {
          variant_ids: variantIds,
          sales_channel_id: cart.sales_channel_id,
        })
      : {}
  const shortOf = new Set(
    cart.items.flatMap((item) =>
      item.variant_id &&
      (availability[item.variant_id]?.availability ?? 0) < Number(item.quantity)
        ? [cooperativeOfProduct.get(item.product_id ?? "")?.id ?? ""]
        : []
    )
  )

  const destination = cart.shipping_address?.province ?? null
  const { data: candidates } = (await query.graph({
    entity: "shipping_option",
    fields: ["id"],
    filters: { shipping_profile_id: [...cooperativeOfProfile.keys()] },
  })) as { data: { id: string }[] }
  const priced = await priceOptions(
    req,
    cartId,
    candidates.map((option) => option.id)
  )
  const shipping_options = priced.flatMap(({ option, error }) => {
    const cooperativeId = cooperativeOfProfile.get(option.shipping_profile_id)
    const cooperative = cooperativeId
      ? cooperatives.get(cooperativeId)
      : undefined
    if (!cooperative) {
      return []
    }
    const service = (option.data?.service ??
      option.data?.id ??
      "standard") as ServiceCode
    const origin = option.stock_location?.address?.province ?? null
    let days: { min: number; max: number } | null = null
    if (origin && destination) {
      try {
        days = deliveryDays(service, origin, destination)
      } catch {
        days = null
      }
    }
    return [
      {
        id: option.id,
        name: option.name,
        provider_id: option.provider_id,
        shipping_profile_id: option.shipping_profile_id,
        cooperative_id: cooperative.id,
        cooperative,
        service,
        amount: error ? null : (option.amount ?? null),
        delivery_days: days,
        insufficient_inventory: shortOf.has(cooperative.id),
        ...(error ? { quote_error: error } : {}),
      },
    ]
  })
  res.json({ shipping_options })
}
