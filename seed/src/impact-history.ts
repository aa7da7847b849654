import type { ImpactModuleService } from "@cho-phien/impact/modules/impact"
import { refreshOrderSales } from "@cho-phien/impact/lib/sql/refresh"
import { ensureCooperativeStockLocationsWorkflow } from "@cho-phien/cooperative-seller/workflows"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { CreateOrderDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

import { COOPERATIVES, PRODUCTS } from "./catalogue"
import {
  COD_PROVIDER_ID,
  COUNTRY_CODE,
  CURRENCY_CODE,
  REGION_NAME,
} from "./constants"
import { HISTORY_BUYERS, type HistoryBuyer } from "./impact-buyers"
import {
  orderItemTotal,
  planImpactHistory,
  type PlannedOrder,
} from "./impact-history-plan"
import { progress, type Logger } from "./progress"

/** Marks the orders this seed made (order metadata), so a run cut short can be cleared. */
const HISTORY_MARK = "impact_history"
const RECORDED_NOTE = "Sổ bán hàng của HTX (dữ liệu mẫu)"
/** Module calls per order run a few at a time: the database waits, the CPU does not. */
const PARALLEL = 4
const CHUNK = 60

type CooperativeRow = {
  id: string
  handle: string
  name: string
  commune_code: string
  province_code: string
  products?: {
    id: string
    handle: string
    title: string
    thumbnail: string | null
    variants?: { id: string; sku: string | null; title: string }[]
  }[]
}

type OrderRef = { id: string; plan: PlannedOrder; total: number }

const inChunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, i * size + size)
  )

/** Runs `work` over the items, `PARALLEL` at a time. */
const eachLimited = async <T>(
  items: T[],
  work: (item: T) => Promise<void>
): Promise<void> => {
  for (const group of inChunks(items, PARALLEL)) {
    await Promise.all(group.map(work))
  }
}

const addressOf = (buyer: HistoryBuyer) => ({
  first_name: buyer.first_name,
  last_name: buyer.last_name,
  company: buyer.company,
  phone: buyer.phone,
  address_1: buyer.address_1,
  city: buyer.commune.name,
  province: buyer.province,
  country_code: COUNTRY_CODE,
  metadata: { commune_code: buyer.commune.code },
})

/**
 * The officers' demo history (issue 6): for every seeded cooperative, 24 months of sales-book
 * figures as recorded sales before it joined, 12 months before the seed date, and its online
 * orders since then as real Medusa orders, paid cash on delivery and collected, backdated to their
 * months; then the officers' sales summary for those orders. The plan is
 * impact-history-plan.ts's: seasonal, the same on every run. Skipped when the seed's recorded
 * sales are there already (they are written last), and in production.
 */
export const seedImpactHistory = async (
  container: MedusaContainer,
  options: { logger?: Logger; env?: NodeJS.ProcessEnv; now?: Date } = {}
): Promise<{ orders: number; recorded_sales: number } | undefined> => {
  const logger =
    options.logger ?? container.resolve(ContainerRegistrationKeys.LOGGER)
  if ((options.env ?? process.env).NODE_ENV === "production") {
    logger.info("NODE_ENV is production: no demo sales history is created.")
    return undefined
  }
  const impact = container.resolve<ImpactModuleService>("impact")
  const [existing] = await impact.listRecordedSales(
    { source: "seed" },
    { take: 1 }
  )
  if (existing) {
    logger.info("The demo sales history is already there.")
    return undefined
  }
  const step = progress(logger, 7)
  const now = options.now ?? new Date()
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const orderModule = container.resolve(Modules.ORDER)
  const payments = container.resolve(Modules.PAYMENT)
  const fulfillment = container.resolve(Modules.FULFILLMENT)

  step("Sales history: reading the cooperatives and products…")
  // A run cut short left orders without the recorded sales that end it: they go first.
  const leftover = await db.raw<{ rows: { id: string }[] }>(
    `select id from "order" where metadata ? '${HISTORY_MARK}' and deleted_at is null`
  )
  const leftoverIds = leftover.rows.map((row) => row.id)
  if (leftoverIds.length > 0) {
    await orderModule.softDeleteOrders(leftoverIds)
    // Their cooperative, payment and parcel links go with them.
    await link.delete({ [Modules.ORDER]: { order_id: leftoverIds } })
    await refreshOrderSales(db, leftoverIds)
    logger.info(
      `  Removed ${leftoverIds.length} orders of an unfinished earlier run.`
    )
  }
  const { data: rows } = (await query.graph({
    entity: "cooperative",
    fields: [
      "id",
      "handle",
      "name",
      "commune_code",
      "province_code",
      "products.id",
      "products.handle",
      "products.title",
      "products.thumbnail",
      "products.variants.id",
      "products.variants.sku",
      "products.variants.title",
    ],
    filters: { handle: COOPERATIVES.map((cooperative) => cooperative.handle) },
  })) as { data: CooperativeRow[] }
  const cooperatives = new Map(rows.map((row) => [row.handle, row]))
  const [region] = await container
    .resolve(Modules.REGION)
    .listRegions({ name: REGION_NAME })
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (cooperatives.size === 0 || !region || !store?.default_sales_channel_id) {
    logger.info("The demo catalogue is not seeded: no sales history.")
    return undefined
  }
  const variants = new Map(
    rows.flatMap((row) =>
      (row.products ?? []).flatMap((product) =>
        (product.variants ?? []).map((variant) => [
          `${product.handle}|${variant.sku ?? ""}`,
          { product, variant },
        ])
      )
    )
  )
  const plan = planImpactHistory({
    now,
    cooperatives: COOPERATIVES.filter((c) => cooperatives.has(c.handle)),
    products: PRODUCTS.filter((product) =>
      product.variants.some((v) => variants.has(`${product.handle}|${v.sku}`))
    ),
  })
  const { result: locations } = await ensureCooperativeStockLocationsWorkflow(
    container
  ).run({ input: { cooperative_ids: rows.map((row) => row.id) } })

  step(`Sales history: ${HISTORY_BUYERS.length} buyers…`)
  const customers = container.resolve(Modules.CUSTOMER)
  const emails = HISTORY_BUYERS.map((buyer) => buyer.email)
  const known = await customers.listCustomers({ email: emails })
  const missing = HISTORY_BUYERS.filter(
    (buyer) => !known.some((customer) => customer.email === buyer.email)
  )
  const created =
    missing.length > 0
      ? await customers.createCustomers(
          missing.map((buyer) => ({
            email: buyer.email,
            first_name: buyer.first_name,
            last_name: buyer.last_name,
            company_name: buyer.company ?? null,
            phone: buyer.phone,
            has_account: false,
          }))
        )
      : []
  const customerOf = new Map(
    [...known, ...created].map((customer) => [customer.email, customer.id])
  )

  step(
    `Sales history: ${plan.orders.length} orders since the cooperatives joined in ${plan.joined_month}…`
  )
  const refs: OrderRef[] = []
  for (const chunk of inChunks(plan.orders, CHUNK)) {
    const inputs: CreateOrderDTO[] = chunk.flatMap((planned) => {
      const cooperative = cooperatives.get(planned.cooperative)
      const buyer = HISTORY_BUYERS[planned.buyer]
      const items = planned.lines.flatMap((line) => {
        const found = variants.get(`${line.product}|${line.sku}`)
        return found
          ? [
              {
                title: found.product.title,
                subtitle: found.variant.title,
                thumbnail: found.product.thumbnail ?? undefined,
                product_id: found.product.id,
                product_title: found.product.title,
                product_handle: found.product.handle,
                variant_id: found.variant.id,
                variant_sku: found.variant.sku ?? undefined,
                variant_title: found.variant.title,
                quantity: line.quantity,
                unit_price: line.unit_price,
              },
            ]
          : []
      })
      if (!cooperative || !buyer || items.length !== planned.lines.length) {
        return []
      }
      const address = addressOf(buyer)
      const total = orderItemTotal(planned) + planned.shipping_total
      return [
        {
          region_id: region.id,
          sales_channel_id: store.default_sales_channel_id ?? undefined,
          customer_id: customerOf.get(buyer.email),
          email: buyer.email,
          currency_code: CURRENCY_CODE,
          status: planned.canceled_at ? "canceled" : "completed",
          shipping_address: address,
          billing_address: address,
          items,
          shipping_methods: [
            { name: "VNPost tiêu chuẩn", amount: planned.shipping_total },
          ],
          metadata: {
            [HISTORY_MARK]: planned.key,
            cooperative_id: cooperative.id,
            cooperative_name: cooperative.name,
            payment_provider_id: COD_PROVIDER_ID,
            cod_amount: total,
          },
        },
      ]
    })
    const orders = await orderModule.createOrders(inputs)
    const byKey = new Map(plan.orders.map((planned) => [planned.key, planned]))
    for (const order of orders) {
      const planned = byKey.get(String(order.metadata?.[HISTORY_MARK]))
      if (planned) {
        refs.push({
          id: order.id,
          plan: planned,
          total: orderItemTotal(planned) + planned.shipping_total,
        })
      }
    }
    logger.info(`  ${refs.length}/${plan.orders.length} orders…`)
  }
  await link.create(
    refs.map((ref) => ({
      [Modules.ORDER]: { order_id: ref.id },
      cooperative: {
        cooperative_id: cooperatives.get(ref.plan.cooperative)?.id ?? "",
      },
    }))
  )

  step("Sales history: cash on delivery, collected…")
  const collections = await payments.createPaymentCollections(
    refs.map((ref) => ({ currency_code: CURRENCY_CODE, amount: ref.total }))
  )
  await link.create(
    refs.map((ref, index) => ({
      [Modules.ORDER]: { order_id: ref.id },
      [Modules.PAYMENT]: { payment_collection_id: collections[index]?.id },
    }))
  )
  const collectionOf = new Map(
    refs.map((ref, index) => [ref.id, collections[index]?.id])
  )
  const paid = new Map<
    string,
    { payment_id: string; capture_id?: string; refund_id?: string }
  >()
  let done = 0
  await eachLimited(
    refs.map((ref, index) => ({ ref, collection: collections[index] })),
    async ({ ref, collection }) => {
      if (!collection) {
        return
      }
      const session = await payments.createPaymentSession(collection.id, {
        provider_id: COD_PROVIDER_ID,
        currency_code: CURRENCY_CODE,
        amount: ref.total,
        data: {},
      })
      const payment = await payments.authorizePaymentSession(session.id, {})
      if (!payment) {
        return
      }
      if (ref.plan.canceled_at) {
        await payments.cancelPayment(payment.id)
        paid.set(ref.id, { payment_id: payment.id })
        return
      }
      const captured = await payments.capturePayment({ payment_id: payment.id })
      const capture = captured.captures?.[0]
      let refundId: string | undefined
      if (ref.plan.refund) {
        const refunded = await payments.refundPayment({
          payment_id: payment.id,
          amount: ref.plan.refund.amount,
          note: ref.plan.refund.note,
        })
        refundId = refunded.refunds?.[0]?.id
      }
      paid.set(ref.id, {
        payment_id: payment.id,
        capture_id: capture?.id,
        refund_id: refundId,
      })
      done += 1
      if (done % 100 === 0) {
        logger.info(`  ${done} payments collected…`)
      }
    }
  )
  await orderModule.addOrderTransactions(
    refs.flatMap((ref) => {
      const payment = paid.get(ref.id)
      if (!payment?.capture_id) {
        return []
      }
      const refund = ref.plan.refund
      return [
        {
          order_id: ref.id,
          amount: ref.total,
          currency_code: CURRENCY_CODE,
          reference: "capture",
          reference_id: payment.capture_id,
        },
        ...(refund && payment.refund_id
          ? [
              {
                order_id: ref.id,
                amount: -refund.amount,
                currency_code: CURRENCY_CODE,
                reference: "refund",
                reference_id: payment.refund_id,
              },
            ]
          : []),
      ]
    })
  )

  step("Sales history: parcels delivered, and the cancelled orders…")
  const delivered = refs.filter((ref) => ref.plan.delivered_at)
  const lines = await db.raw<{
    rows: {
      order_id: string
      line_id: string
      title: string
      sku: string | null
      quantity: string
    }[]
  }>(
    `select oi.order_id, li.id as line_id, li.title, li.variant_sku as sku, oi.quantity
     from order_item oi join order_line_item li on li.id = oi.item_id
     where oi.order_id = any(?) and oi.deleted_at is null`,
    [delivered.map((ref) => ref.id)]
  )
  const parcels: { order_id: string; fulfillment_id: string }[] = []
  await eachLimited(delivered, async (ref) => {
    const buyer = HISTORY_BUYERS[ref.plan.buyer]
    const cooperative = cooperatives.get(ref.plan.cooperative)
    const location = cooperative ? locations[cooperative.id] : undefined
    if (!buyer || !location) {
      return
    }
    const parcel = await fulfillment.createFulfillment({
      location_id: location,
      provider_id: "manual_manual",
      delivery_address: {
        first_name: buyer.first_name,
        last_name: buyer.last_name,
        company: buyer.company,
        phone: buyer.phone,
        address_1: buyer.address_1,
        city: buyer.commune.name,
        province: buyer.province,
        country_code: COUNTRY_CODE,
      },
      items: lines.rows
        .filter((line) => line.order_id === ref.id)
        .map((line) => ({
          title: line.title,
          sku: line.sku ?? "",
          barcode: "",
          quantity: Number(line.quantity),
          line_item_id: line.line_id,
        })),
      labels: [],
      order: {},
      packed_at: ref.plan.shipped_at,
      shipped_at: ref.plan.shipped_at,
      delivered_at: ref.plan.delivered_at,
    })
    parcels.push({ order_id: ref.id, fulfillment_id: parcel.id })
  })
  await link.create(
    parcels.map((parcel) => ({
      [Modules.ORDER]: { order_id: parcel.order_id },
      [Modules.FULFILLMENT]: { fulfillment_id: parcel.fulfillment_id },
    }))
  )
  // What registering the fulfilment, shipment and delivery with the order module records, for all
  // the parcels at once: every item fulfilled, shipped and delivered.
  await db.raw(
    `update order_item set
       fulfilled_quantity = quantity, raw_fulfilled_quantity = raw_quantity,
       shipped_quantity = quantity, raw_shipped_quantity = raw_quantity,
       delivered_quantity = quantity, raw_delivered_quantity = raw_quantity
     where order_id = any(?)`,
    [parcels.map((parcel) => parcel.order_id)]
  )
  // As Medusa's order cancellation leaves them: the payment cancelled, its collection too.
  const canceled = refs.filter((ref) => ref.plan.canceled_at)
  if (canceled.length > 0) {
    await orderModule.cancel(canceled.map((ref) => ref.id))
    await payments.updatePaymentCollections(
      { id: canceled.map((ref) => collectionOf.get(ref.id) ?? "") },
      { status: "canceled" }
    )
  }

  step("Sales history: dating every order in its month…")
  await backdate(db, refs, paid)
  const counted = await refreshOrderSales(
    db,
    refs.map((ref) => ref.id)
  )

  step(
    `Sales history: ${plan.recorded.length} months of sales books before joining…`
  )
  const recorded = await impact.createRecordedSales(
    plan.recorded.flatMap((entry) => {
      const cooperative = cooperatives.get(entry.cooperative)
      return cooperative
        ? [
            {
              month: entry.month,
              commune_code: cooperative.commune_code,
              province_code: cooperative.province_code,
              cooperative_id: cooperative.id,
              sales_value: entry.sales_value,
              source: "seed" as const,
              note: RECORDED_NOTE,
            },
          ]
        : []
    })
  )
  logger.info(
    `Sales history: ${refs.length} orders (${counted} counted as sales, ${canceled.length} cancelled) and ${recorded.length} months of recorded sales for ${cooperatives.size} cooperatives.`
  )
  return { orders: refs.length, recorded_sales: recorded.length }
}

/**
 * No workflow sets a past date, so the orders, payments, captures, refunds and parcels get their
 * plan's dates here, in one statement per table.
 */
const backdate = async (
  db: Knex,
  refs: OrderRef[],
  paid: Map<
    string,
    { payment_id: string; capture_id?: string; refund_id?: string }
  >
): Promise<void> => {
  const placed = refs.map((ref) => ref.plan.placed_at)
  const last = refs.map(
    (ref) => ref.plan.collected_at ?? ref.plan.canceled_at ?? ref.plan.placed_at
  )
  const ids = refs.map((ref) => ref.id)
  await db.raw(
    `update "order" o set created_at = v.placed, updated_at = v.last,
       canceled_at = case when o.canceled_at is null then null else v.last end
     from unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) v(id, placed, last)
     where o.id = v.id`,
    [ids, placed, last]
  )
  await db.raw(
    `update order_item oi set created_at = v.placed, updated_at = v.last
     from unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) v(id, placed, last)
     where oi.order_id = v.id`,
    [ids, placed, last]
  )
  await db.raw(
    `update order_line_item li set created_at = v.placed, updated_at = v.placed
     from order_item oi, unnest(?::text[], ?::timestamptz[]) v(id, placed)
     where oi.order_id = v.id and li.id = oi.item_id`,
    [ids, placed]
  )
  await db.raw(
    `update order_transaction t set created_at = v.last, updated_at = v.last
     from unnest(?::text[], ?::timestamptz[]) v(id, last)
     where t.order_id = v.id`,
    [ids, last]
  )
  await db.raw(
    `update payment_collection pc set created_at = v.placed, updated_at = v.last,
       completed_at = case when pc.completed_at is null then null else v.last end
     from order_payment_collection opc,
       unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) v(id, placed, last)
     where opc.order_id = v.id and pc.id = opc.payment_collection_id`,
    [ids, placed, last]
  )
  const paymentIds = refs.map((ref) => paid.get(ref.id)?.payment_id ?? "")
  await db.raw(
    `update payment_session s set created_at = v.placed, updated_at = v.placed,
       authorized_at = v.placed
     from payment p, unnest(?::text[], ?::timestamptz[]) v(id, placed)
     where p.id = v.id and s.id = p.payment_session_id`,
    [paymentIds, placed]
  )
  await db.raw(
    `update payment p set created_at = v.placed, updated_at = v.last,
       captured_at = case when p.captured_at is null then null else v.last end,
       canceled_at = case when p.canceled_at is null then null else v.last end
     from unnest(?::text[], ?::timestamptz[], ?::timestamptz[]) v(id, placed, last)
     where p.id = v.id`,
    [paymentIds, placed, last]
  )
  await db.raw(
    `update capture c set created_at = v.last, updated_at = v.last
     from unnest(?::text[], ?::timestamptz[]) v(id, last)
     where c.payment_id = v.id`,
    [paymentIds, last]
  )
  // The damaged goods are paid back a few days after the cash came in.
  await db.raw(
    `update refund r set created_at = v.last + interval '3 days',
       updated_at = v.last + interval '3 days'
     from unnest(?::text[], ?::timestamptz[]) v(id, last)
     where r.payment_id = v.id`,
    [paymentIds, last]
  )
  await db.raw(
    `update fulfillment f set created_at = f.packed_at, updated_at = f.delivered_at
     from order_fulfillment ofl, unnest(?::text[]) v(id)
     where ofl.order_id = v.id and f.id = ofl.fulfillment_id`,
    [ids]
  )
}
