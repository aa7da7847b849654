import { applyManualEvent } from "@cho-phien/cooperative-seller/lib/shipping/courier-events"
import { loadCheckoutView } from "@cho-phien/cooperative-seller/lib/checkout/serialize"
import { shipOrderWorkflow } from "@cho-phien/cooperative-seller/lib/shipping/ship-order-workflow"
import { checkoutCartWorkflow } from "@cho-phien/cooperative-seller/workflows"
import type { CourierEventStatus } from "@cho-phien/couriers-vn/modules/courier-shipments"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  cancelOrderWorkflow,
  createCartWorkflow,
  listShippingOptionsForCartWorkflow,
} from "@medusajs/medusa/core-flows"

import {
  COUNTRY_CODE,
  CURRENCY_CODE,
  DEMO_SELLER_COOPERATIVE_HANDLE,
  REGION_NAME,
} from "./constants"
import type { Logger } from "./progress"

const DAY = 24 * 60 * 60 * 1000

/** The demo orders travel with VNPost (the table courier), whose events are recorded by hand. */
const DEMO_COURIER_PROVIDER_ID = "vnpost-table_vnpost-table"
const COD_PROVIDER_ID = "pp_cod_cod"
/** Who the demo's shipments and courier events are recorded by. */
const DEMO_SEED_ACTOR = "demo-seed"

type Stage = "to_pack" | "shipped" | "delivered" | "canceled"

/** Invented buyers in real 2025 wards of Hà Nội; the e-mails go nowhere (example.vn). */
const DEMO_ORDERS: {
  days_ago: number
  stage: Stage
  buyer: { first_name: string; last_name: string; phone: string }
  address_1: string
  commune: { code: string; name: string }
  items: { product: number; quantity: number }[]
}[] = [
  {
    days_ago: 1,
    stage: "to_pack",
    buyer: { first_name: "Nguyễn Thu", last_name: "Hà", phone: "0912 110 221" },
    address_1: "Số 8 ngõ 12 Hàng Bạc",
    commune: { code: "00070", name: "Phường Hoàn Kiếm" },
    items: [
      { product: 0, quantity: 2 },
      { product: 1, quantity: 1 },
    ],
  },
  {
    days_ago: 3,
    stage: "to_pack",
    buyer: { first_name: "Trần Minh", last_name: "Đức", phone: "0983 442 105" },
    address_1: "Số 25 Trần Đăng Ninh",
    commune: { code: "00166", name: "Phường Cầu Giấy" },
    items: [{ product: 0, quantity: 1 }],
  },
  {
    days_ago: 9,
    stage: "shipped",
    buyer: { first_name: "Lê Thị", last_name: "Lan", phone: "0904 778 312" },
    address_1: "Số 40 Xuân Diệu",
    commune: { code: "00103", name: "Phường Tây Hồ" },
    items: [{ product: 1, quantity: 3 }],
  },
  {
    days_ago: 35,
    stage: "delivered",
    buyer: { first_name: "Phạm Quốc", last_name: "Bảo", phone: "0936 205 889" },
    address_1: "Số 3 ngõ 66 Tôn Đức Thắng",
    commune: { code: "00235", name: "Phường Đống Đa" },
    items: [
      { product: 2, quantity: 2 },
      { product: 0, quantity: 1 },
    ],
  },
  {
    days_ago: 70,
    stage: "delivered",
    buyer: { first_name: "Vũ Hoài", last_name: "An", phone: "0977 631 054" },
    address_1: "Số 17 Hàng Gai",
    commune: { code: "00070", name: "Phường Hoàn Kiếm" },
    items: [{ product: 0, quantity: 4 }],
  },
  {
    days_ago: 20,
    stage: "canceled",
    buyer: { first_name: "Đỗ Khánh", last_name: "Linh", phone: "0868 120 447" },
    address_1: "Số 91 Nguyễn Khang",
    commune: { code: "00166", name: "Phường Cầu Giấy" },
    items: [{ product: 1, quantity: 1 }],
  },
]

type CooperativeRow = {
  id: string
  orders?: { id: string }[]
  products?: {
    id: string
    title: string
    variants?: {
      id: string
      title: string
      prices?: { amount: number; currency_code: string }[]
    }[]
  }[]
}

/**
 * A handful of orders for the demo seller's cooperative, placed through the shop's checkout
 * (VNPost standard, cash on delivery), so the portal's orders, shipping and sales summary have
 * something to show: two to pack (ready to hand to the courier), one on its way, two delivered
 * with the cash collected, one cancelled, spread over three months. Demo data only;
 * skipped when the cooperative already has orders, so running it again adds none.
 */
export const seedDemoOrders = async (
  container: MedusaContainer,
  options: {
    logger?: Logger
    env?: NodeJS.ProcessEnv
    cooperativeHandle?: string
    now?: Date
  } = {}
): Promise<{ order_ids: string[] } | undefined> => {
  const logger =
    options.logger ?? container.resolve(ContainerRegistrationKeys.LOGGER)
  if ((options.env ?? process.env).NODE_ENV === "production") {
    logger.info("NODE_ENV is production: no demo orders are created.")
    return undefined
  }
  const handle = options.cooperativeHandle ?? DEMO_SELLER_COOPERATIVE_HANDLE
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [cooperative],
  } = (await query.graph({
    entity: "cooperative",
    fields: [
      "id",
      "orders.id",
      "products.id",
      "products.title",
      "products.variants.id",
      "products.variants.title",
      "products.variants.prices.amount",
      "products.variants.prices.currency_code",
    ],
    filters: { handle },
  })) as { data: CooperativeRow[] }
  const products = (cooperative?.products ?? []).filter(
    (product) => (product.variants ?? []).length > 0
  )
  if (!cooperative || products.length === 0) {
    logger.info(`No cooperative "${handle}" with products to give demo orders.`)
    return undefined
  }
  if ((cooperative.orders ?? []).length > 0) {
    return { order_ids: (cooperative.orders ?? []).map((order) => order.id) }
  }

  const [region] = await container
    .resolve(Modules.REGION)
    .listRegions({ name: REGION_NAME })
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (!region || !store?.default_sales_channel_id) {
    logger.info("The marketplace is not seeded yet: no demo orders.")
    return undefined
  }
  // The cooperative's products travel on its own shipping profile, with its own options.
  const {
    data: [profiled],
  } = (await query.graph({
    entity: "product",
    fields: ["id", "shipping_profile.id"],
    filters: { id: products[0]?.id ?? "none" },
  })) as { data: { id: string; shipping_profile?: { id: string } | null }[] }
  const profileId = profiled?.shipping_profile?.id
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const now = options.now ?? new Date()
  const at = (daysAgo: number): Date => new Date(now.getTime() - daysAgo * DAY)
  const orderIds: string[] = []

  for (const [index, spec] of DEMO_ORDERS.entries()) {
    const items = spec.items.flatMap(({ product: at, quantity }) => {
      const variant = products[at % products.length]?.variants?.[0]
      return variant ? [{ variant_id: variant.id, quantity }] : []
    })
    const address = {
      ...spec.buyer,
      address_1: spec.address_1,
      city: spec.commune.name,
      province: "01",
      country_code: COUNTRY_CODE,
      metadata: { commune_code: spec.commune.code },
    }
    // Through the shop's own checkout, as a buyer would: a cart, the cooperative's VNPost
    // standard option, cash on delivery. So the portal can hand these orders to the courier.
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: store.default_sales_channel_id,
        email: `nguoi-mua-${index + 1}@example.vn`,
        currency_code: CURRENCY_CODE,
        shipping_address: address,
        billing_address: address,
        items,
      },
    })
    const { result: shippingOptions } =
      (await listShippingOptionsForCartWorkflow(container).run({
        input: { cart_id: cart.id },
      })) as {
        result: {
          id: string
          provider_id: string
          shipping_profile_id: string
          data: Record<string, unknown> | null
        }[]
      }
    const option = shippingOptions.find(
      (candidate) =>
        candidate.shipping_profile_id === profileId &&
        candidate.provider_id === DEMO_COURIER_PROVIDER_ID &&
        candidate.data?.service !== "express"
    )
    if (!option) {
      logger.info(
        `The cooperative "${handle}" has no VNPost option to deliver with: no demo orders.`
      )
      return undefined
    }
    await addShippingMethodToCartWorkflow(container).run({
      input: { cart_id: cart.id, options: [{ id: option.id }] },
    })
    const { result: checkout } = await checkoutCartWorkflow(container).run({
      input: { cart_id: cart.id, payment_provider_id: COD_PROVIDER_ID },
    })
    const view = await loadCheckoutView(container, checkout.id)
    const orderId = view.orders[0]?.id
    if (!orderId) {
      throw new Error(`The demo checkout of cart ${cart.id} made no order.`)
    }
    orderIds.push(orderId)
    // Backdated so the sales summary shows more than one month; no workflow sets created_at.
    await db.raw(`update "order" set created_at = ? where id = ?`, [
      at(spec.days_ago),
      orderId,
    ])

    if (spec.stage === "canceled") {
      await cancelOrderWorkflow(container).run({
        input: { order_id: orderId, canceled_by: DEMO_SEED_ACTOR },
      })
      continue
    }
    if (spec.stage === "to_pack") {
      continue
    }
    // Packed and labelled by the cooperative, then the courier's story as the portal would
    // record it for VNPost (no courier API): picked up, on the way and, for some, delivered
    // with the cash collected (which captures the payment).
    await shipOrderWorkflow(container).run({
      input: {
        order_id: orderId,
        cooperative_id: cooperative.id,
        member_id: DEMO_SEED_ACTOR,
        parcel: {},
        label_url: `/seller/orders/${orderId}/label.pdf`,
      },
    })
    const story: { status: CourierEventStatus; days_ago: number }[] = [
      { status: "picked_up", days_ago: spec.days_ago - 1 },
      { status: "in_transit", days_ago: spec.days_ago - 1.5 },
      ...(spec.stage === "delivered"
        ? [
            {
              status: "out_for_delivery" as const,
              days_ago: spec.days_ago - 2.8,
            },
            { status: "delivered" as const, days_ago: spec.days_ago - 3 },
          ]
        : []),
    ]
    for (const event of story) {
      await applyManualEvent(
        container,
        orderId,
        {
          status: event.status,
          occurred_at: at(Math.max(0, event.days_ago)).toISOString(),
        },
        DEMO_SEED_ACTOR
      )
    }
  }
  logger.info(`${orderIds.length} demo orders for the cooperative "${handle}".`)
  return { order_ids: orderIds }
}
