import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

import {
  loadCooperativeOfProfile,
  loadProductCooperatives,
} from "./cooperatives"

export type PlannedItem = {
  variant_id: string
  quantity: number
  metadata: Record<string, unknown> | null
}

export type PlannedOrder = {
  cooperative_id: string
  cooperative_name: string
  items: PlannedItem[]
  shipping_option_id: string
  shipping_data: Record<string, unknown>
}

type Address = Record<string, unknown> & {
  first_name?: string | null
  phone?: string | null
  address_1?: string | null
  province?: string | null
  city?: string | null
  country_code?: string | null
  metadata?: Record<string, unknown> | null
}

export type CheckoutPlan = {
  cart_id: string
  email: string
  customer_id: string | null
  region_id: string
  sales_channel_id: string | null
  currency_code: string
  payment_provider_id: string
  payment_method: string | null
  shipping_address: Address
  billing_address: Address | null
  orders: PlannedOrder[]
}

type CartRow = {
  id: string
  email: string | null
  customer_id: string | null
  region_id: string | null
  sales_channel_id: string | null
  currency_code: string
  completed_at: string | Date | null
  shipping_address: Address | null
  billing_address: Address | null
  region: { payment_providers?: { id: string }[] | null } | null
  items: {
    id: string
    variant_id: string | null
    product_id: string | null
    product_title: string | null
    quantity: number
    metadata: Record<string, unknown> | null
  }[]
  shipping_methods: {
    id: string
    shipping_option_id: string | null
    data: Record<string, unknown> | null
  }[]
}

const refuse = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}

/** The address fields Medusa's cart creation accepts, copied from the buyer's cart. */
export const copyAddress = (address: Address | null): Address | undefined => {
  if (!address) {
    return undefined
  }
  const keys = [
    "first_name",
    "last_name",
    "phone",
    "company",
    "address_1",
    "address_2",
    "city",
    "province",
    "postal_code",
    "country_code",
    "metadata",
  ]
  return Object.fromEntries(
    keys.flatMap((key) =>
      address[key] === null || address[key] === undefined
        ? []
        : [[key, address[key]]]
    )
  ) as Address
}

/**
 * Reads the buyer's cart and splits it per cooperative: each cooperative's items and the delivery
 * option chosen for it. Refuses, with a sentence the buyer can act on, what would make an order
 * that cannot be delivered or paid.
 */
export const planCheckout = async (
  container: MedusaContainer,
  input: {
    cart_id: string
    payment_provider_id: string
    payment_method?: string
  }
): Promise<CheckoutPlan> => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cart],
  } = (await query.graph({
    entity: "cart",
    fields: [
      "id",
      "email",
      "customer_id",
      "region_id",
      "sales_channel_id",
      "currency_code",
      "completed_at",
      "shipping_address.*",
      "billing_address.*",
      "region.payment_providers.id",
      "items.id",
      "items.variant_id",
      "items.product_id",
      "items.product_title",
      "items.quantity",
      "items.metadata",
      "shipping_methods.id",
      "shipping_methods.shipping_option_id",
      "shipping_methods.data",
    ],
    filters: { id: input.cart_id },
  })) as { data: CartRow[] }
  if (!cart) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Cart ${input.cart_id} was not found.`
    )
  }
  if (cart.completed_at) {
    refuse(
      "This cart has already been checked out; start a new cart to order again."
    )
  }
  if (cart.items.length === 0) {
    refuse("Your cart is empty: add something before checking out.")
  }
  if (!cart.email) {
    refuse(
      "Enter an e-mail address so that we can send your order confirmation."
    )
  }
  const address = cart.shipping_address
  const communeCode = address?.metadata?.commune_code
  if (
    !address ||
    !address.first_name ||
    !address.phone ||
    !address.address_1 ||
    !address.province ||
    typeof communeCode !== "string"
  ) {
    refuse(
      "Enter the delivery address: the recipient's name, a mobile number, the province, the commune or ward and the street or hamlet."
    )
  }
  if (!cart.region_id) {
    refuse("This cart has no region; start a new cart.")
  }
  const allowedProviders = (cart.region?.payment_providers ?? []).map(
    (p) => p.id
  )
  if (!allowedProviders.includes(input.payment_provider_id)) {
    refuse(
      `The payment method ${input.payment_provider_id} is not offered here; choose one of: ${allowedProviders.join(", ") || "none"}.`
    )
  }

  const cooperativeOf = await loadProductCooperatives(
    container,
    cart.items.flatMap((item) => (item.product_id ? [item.product_id] : []))
  )

  const groups = new Map<string, PlannedOrder>()
  for (const item of cart.items) {
    const cooperative = item.product_id
      ? cooperativeOf.get(item.product_id)
      : null
    if (!cooperative || !item.variant_id) {
      refuse(
        `${item.product_title ?? "An item"} is no longer sold here; remove it from your cart.`
      )
      continue
    }
    if (cooperative.status !== "active") {
      refuse(
        `${cooperative.name} is not taking orders right now; remove its products from your cart.`
      )
    }
    const group = groups.get(cooperative.id) ?? {
      cooperative_id: cooperative.id,
      cooperative_name: cooperative.name,
      items: [],
      shipping_option_id: "",
      shipping_data: {},
    }
    group.items.push({
      variant_id: item.variant_id,
      quantity: item.quantity,
      metadata: item.metadata,
    })
    groups.set(cooperative.id, group)
  }

  // Which cooperative each chosen delivery option serves, through its shipping profile.
  const optionIds = cart.shipping_methods.flatMap((m) =>
    m.shipping_option_id ? [m.shipping_option_id] : []
  )
  const { data: options } = (await query.graph({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id"],
    filters: { id: optionIds.length > 0 ? optionIds : ["none"] },
  })) as { data: { id: string; shipping_profile_id: string }[] }
  const cooperativeOfProfile = await loadCooperativeOfProfile(container, [
    ...groups.keys(),
  ])
  for (const method of cart.shipping_methods) {
    const option = options.find((o) => o.id === method.shipping_option_id)
    const cooperativeId = option
      ? cooperativeOfProfile.get(option.shipping_profile_id)
      : undefined
    const group = cooperativeId ? groups.get(cooperativeId) : undefined
    if (group && option) {
      group.shipping_option_id = option.id
      group.shipping_data = method.data ?? {}
    }
  }
  const withoutDelivery = [...groups.values()].filter(
    (g) => !g.shipping_option_id
  )
  if (withoutDelivery.length > 0) {
    refuse(
      `Choose a delivery option for ${withoutDelivery.map((g) => g.cooperative_name).join(", ")}.`
    )
  }

  return {
    cart_id: cart.id,
    email: cart.email as string,
    customer_id: cart.customer_id,
    region_id: cart.region_id as string,
    sales_channel_id: cart.sales_channel_id,
    currency_code: cart.currency_code,
    payment_provider_id: input.payment_provider_id,
    payment_method: input.payment_method ?? null,
    shipping_address: copyAddress(address) as Address,
    billing_address: copyAddress(cart.billing_address) ?? null,
    orders: [...groups.values()],
  }
}
