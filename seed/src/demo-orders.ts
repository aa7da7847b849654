import { ensureCooperativeStockLocationsWorkflow } from "@cho-phien/cooperative-seller/workflows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"

import {
  COUNTRY_CODE,
  CURRENCY_CODE,
  DEMO_SELLER_COOPERATIVE_HANDLE,
  REGION_NAME,
} from "./constants"
import type { Logger } from "./progress"

const DAY = 24 * 60 * 60 * 1000

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
 * A handful of orders for the demo seller's cooperative, so the portal's orders page and sales
 * summary have something to show: some to pack, one shipped, two delivered, one canceled, spread
 * over three months and linked to the cooperative as checkout will link them. Demo data only;
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
  // A demo database seeded before cooperatives had their own stock locations gets one here.
  const { result: locations } = await ensureCooperativeStockLocationsWorkflow(
    container
  ).run({ input: { cooperative_ids: [cooperative.id] } })
  const locationId = locations[cooperative.id] ?? ""
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const orderModule = container.resolve(Modules.ORDER)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const now = options.now ?? new Date()
  const orderIds: string[] = []

  for (const [index, spec] of DEMO_ORDERS.entries()) {
    const items = spec.items.flatMap(({ product: at, quantity }) => {
      const product = products[at % products.length]
      const variant = product?.variants?.[0]
      const price = variant?.prices?.find(
        (p) => p.currency_code === CURRENCY_CODE
      )
      return product && variant && price
        ? [
            {
              variant_id: variant.id,
              title: product.title,
              quantity,
              unit_price: Number(price.amount),
            },
          ]
        : []
    })
    const address = {
      ...spec.buyer,
      address_1: spec.address_1,
      city: spec.commune.name,
      province: "01",
      country_code: COUNTRY_CODE,
      metadata: { commune_code: spec.commune.code },
    }
    const { result: order } = await createOrderWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: store.default_sales_channel_id,
        email: `nguoi-mua-${index + 1}@example.vn`,
        currency_code: CURRENCY_CODE,
        items,
        shipping_address: address,
        billing_address: address,
      },
    })
    orderIds.push(order.id)
    await link.create({
      [Modules.ORDER]: { order_id: order.id },
      cooperative: { cooperative_id: cooperative.id },
    })
    // Backdated so the sales summary shows more than one month; no workflow sets created_at.
    await db.raw(`update "order" set created_at = ? where id = ?`, [
      new Date(now.getTime() - spec.days_ago * DAY),
      order.id,
    ])

    if (spec.stage === "canceled") {
      await orderModule.cancel(order.id)
      continue
    }
    if (spec.stage === "to_pack") {
      continue
    }
    // Packed and handed to the carrier from the cooperative's own location. Fulfilment through
    // Medusa's workflow needs shipping options per location, which come with checkout (issue 5).
    const created = await orderModule.retrieveOrder(order.id, {
      relations: ["items"],
    })
    const lines = created.items ?? []
    const handedOver = new Date(now.getTime() - (spec.days_ago - 1) * DAY)
    const parcel = await fulfillment.createFulfillment({
      location_id: locationId,
      provider_id: "manual_manual",
      delivery_address: { ...spec.buyer, address_1: spec.address_1 },
      items: lines.map((line) => ({
        title: line.title,
        sku: "",
        barcode: "",
        quantity: Number(line.quantity),
        line_item_id: line.id,
      })),
      labels: [],
      order: {},
      packed_at: handedOver,
      shipped_at: handedOver,
      delivered_at:
        spec.stage === "delivered"
          ? new Date(now.getTime() - (spec.days_ago - 3) * DAY)
          : null,
    })
    await link.create({
      [Modules.ORDER]: { order_id: order.id },
      [Modules.FULFILLMENT]: { fulfillment_id: parcel.id },
    })
    await orderModule.registerFulfillment({
      order_id: order.id,
      items: lines.map((line) => ({
        id: line.id,
        quantity: Number(line.quantity),
      })),
    })
  }
  logger.info(`${orderIds.length} demo orders for the cooperative "${handle}".`)
  return { order_ids: orderIds }
}
