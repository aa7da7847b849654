import { DEMO_OPERATOR_EMAIL, seedDemoOperator } from "@cho-phien/seed"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import {
  type Headers,
  setUpShippingShop,
  type ShippingShop,
  signInAs,
  useFakeGhnServer,
} from "../helpers/shipping-fixtures"

jest.setTimeout(300 * 1000)

type Response<T> = { status: number; data: T; headers: Record<string, string> }
type Api = {
  get: <T>(url: string, config?: object) => Promise<Response<T>>
  post: <T>(url: string, body?: object, config?: object) => Promise<Response<T>>
}
type Problem = { type?: string; message: string }
type Shipped = { fulfillment: { id: string; tracking_number: string } }
type OrderState = {
  status: string
  fulfillments: {
    id: string
    shipped_at: string | null
    delivered_at: string | null
    canceled_at: string | null
  }[]
  payment_collections: {
    payments: {
      id: string
      amount: number
      captured_at: string | null
      canceled_at: string | null
      captures: { id: string; amount: number }[]
    }[]
  }[]
}
type Timeline = {
  events: { status: string; occurred_at: string; note: string | null }[]
}

const SECRET = "vnpost-webhook-secret-2026"

const fakeGhn = useFakeGhnServer()

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let shop: ShippingShop
    let store: Headers
    let seller: Headers
    const courier = { headers: { "x-courier-secret": SECRET } }

    const send = <T>(call: Promise<Response<T>>) =>
      call.catch(
        (error: { response: Response<Problem> }) => error.response
      ) as Promise<Response<T | Problem>>

    beforeAll(async () => {
      process.env.COURIER_WEBHOOK_SECRET_VNPOST = SECRET
      delete process.env.COURIER_WEBHOOK_SECRET_GHN
      shop = await setUpShippingShop(api, getContainer(), "10.8.1.1")
      store = shop.store
      seller = shop.seller
    })

    const query = () => getContainer().resolve(ContainerRegistrationKeys.QUERY)

    const stockOf = async (handle: string) => {
      const { data } = await query().graph({
        entity: "product",
        fields: ["variants.inventory_items.inventory.location_levels.*"],
        filters: { handle },
      })
      const level = (
        data[0] as {
          variants: {
            inventory_items: {
              inventory: {
                location_levels: {
                  reserved_quantity: number
                  stocked_quantity: number
                }[]
              }
            }[]
          }[]
        }
      ).variants[0]?.inventory_items[0]?.inventory.location_levels[0]
      return {
        stocked: level?.stocked_quantity,
        reserved: level?.reserved_quantity,
      }
    }

    /** A buyer's cash-on-delivery order of two units through the real checkout. */
    const order = (
      handle: string,
      buyer: Headers = store,
      provider = "vnpost-table_vnpost-table"
    ) => shop.order(handle, { buyer, provider })

    const ship = async (orderId: string) => {
      const { data } = await api.post<Shipped>(
        `/seller/orders/${orderId}/ship`,
        {},
        seller
      )
      return data.fulfillment
    }

    const hook = (body: object, config: object = courier) =>
      send(
        api.post<{ duplicate: boolean }>(
          "/hooks/couriers/vnpost-table",
          body,
          config
        )
      )

    let serial = 0
    const event = (tracking: string, status: string, extra: object = {}) => ({
      event_id: `vnp-${++serial}`,
      tracking_number: tracking,
      status,
      occurred_at: new Date(Date.UTC(2026, 11, 1, 8, serial)).toISOString(),
      ...extra,
    })

    const stateOf = async (orderId: string) => {
      const { data } = await query().graph({
        entity: "order",
        fields: [
          "status",
          "fulfillments.id",
          "fulfillments.shipped_at",
          "fulfillments.delivered_at",
          "fulfillments.canceled_at",
          "payment_collections.payments.id",
          "payment_collections.payments.amount",
          "payment_collections.payments.captured_at",
          "payment_collections.payments.canceled_at",
          "payment_collections.payments.captures.id",
          "payment_collections.payments.captures.amount",
        ],
        filters: { id: orderId },
      })
      const state = data[0] as OrderState
      const payment = state.payment_collections[0]?.payments[0]
      return { ...state, fulfillment: state.fulfillments[0], payment }
    }

    const saleRowOf = async (orderId: string) => {
      const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const found = await db.raw<{ rows: { sales_value: string }[] }>(
        "select sales_value from impact_order_sale where order_id = ?",
        [orderId]
      )
      return found.rows[0]
    }

    /** The officers' summary is refreshed by a subscriber, so it is awaited a little. */
    const eventually = async <T>(
      read: () => Promise<T>,
      ok: (v: T) => boolean
    ) => {
      let value = await read()
      for (let i = 0; i < 50 && !ok(value); i++) {
        await new Promise((resolve) => setTimeout(resolve, 100))
        value = await read()
      }
      return value
    }

    it("refuses webhooks without the shared secret, with a wrong one, for a courier whose webhooks are off, and with a bad body", async () => {
      const placed = await order("tao-meo-ocop")
      const { tracking_number } = await ship(placed.id)

      const none = await hook(event(tracking_number, "picked_up"), {})
      expect(none.status).toBe(401)
      expect((none.data as Problem).message).toMatch(/X-Courier-Secret/)
      const wrong = await hook(event(tracking_number, "picked_up"), {
        headers: { "x-courier-secret": `${SECRET}x` },
      })
      expect(wrong.status).toBe(401)

      const ghn = await send(
        api.post(
          "/hooks/couriers/ghn",
          {
            OrderCode: "ABC",
            Status: "delivered",
            Time: "2026-12-01T08:00:00Z",
          },
          courier
        )
      )
      expect(ghn.status).toBe(401)
      expect((ghn.data as Problem).message).toBe(
        "Webhooks from ghn are off: COURIER_WEBHOOK_SECRET_GHN is not set on this server."
      )

      const bad = await hook({
        ...event(tracking_number, "lost"),
        colour: "red",
      })
      expect(bad.status).toBe(400)
      expect((bad.data as Problem).message).toContain(
        "status is one of picked_up, in_transit, out_for_delivery, delivered, delivery_failed, returned."
      )
      const unknown = await hook(event("EE000000000VN", "picked_up"))
      expect(unknown.status).toBe(404)
      expect((unknown.data as Problem).message).toBe(
        "No vnpost-table parcel has the tracking number EE000000000VN."
      )

      const state = await stateOf(placed.id)
      expect(state.fulfillment?.shipped_at).toBeNull()
    })

    it("picked up then delivered: the fulfilment is shipped then delivered, the COD payment captured once (a replay changes nothing), the sale counted and the buyer sees the timeline", async () => {
      const email = "hoa@example.vn"
      const password = "Mật-khẩu-mua-2026"
      const { data: registered } = await api.post<{ token: string }>(
        "/auth/customer/emailpass/register",
        { email, password }
      )
      await api.post(
        "/store/customers",
        { first_name: "Hoa", last_name: "Lê", email },
        {
          headers: {
            ...store.headers,
            authorization: `Bearer ${registered.token}`,
          },
        }
      )
      const { data: signedIn } = await api.post<{ token: string }>(
        "/auth/customer/emailpass",
        { email, password }
      )
      const buyer = {
        headers: {
          ...store.headers,
          authorization: `Bearer ${signedIn.token}`,
        },
      }
      const placed = await order("tao-meo-ocop", buyer)
      const { tracking_number } = await ship(placed.id)

      const picked = await hook(event(tracking_number, "picked_up"))
      expect(picked.status).toBe(200)
      expect(picked.data).toEqual({ duplicate: false })
      const shipped = await stateOf(placed.id)
      expect(shipped.fulfillment?.shipped_at).not.toBeNull()
      expect(shipped.fulfillment?.delivered_at).toBeNull()
      expect(shipped.payment?.captured_at).toBeNull()

      const delivered = event(tracking_number, "delivered", {
        cod_collected: placed.cod_amount,
        note: "Chị Lan nhận hàng",
      })
      expect((await hook(delivered)).data).toEqual({ duplicate: false })
      const done = await stateOf(placed.id)
      expect(done.fulfillment?.delivered_at).not.toBeNull()
      expect(done.payment?.captured_at).not.toBeNull()
      expect(done.payment?.captures).toHaveLength(1)
      expect(Number(done.payment?.captures[0]?.amount)).toBe(
        Number(done.payment?.amount)
      )

      const replay = await hook(delivered)
      expect(replay.status).toBe(200)
      expect(replay.data).toEqual({ duplicate: true })
      expect((await stateOf(placed.id)).payment?.captures).toHaveLength(1)

      const sale = await eventually(
        () => saleRowOf(placed.id),
        (row) => !!row
      )
      expect(Number(sale?.sales_value)).toBeGreaterThan(0)

      const { data: timeline } = await api.get<Timeline>(
        `/store/customers/me/orders/${placed.id}/timeline`,
        buyer
      )
      expect(timeline.events).toEqual([
        { status: "picked_up", occurred_at: expect.any(String), note: null },
        {
          status: "delivered",
          occurred_at: delivered.occurred_at,
          note: "Chị Lan nhận hàng",
        },
      ])
      const stranger = await send(
        api.get(`/store/customers/me/orders/${placed.id}/timeline`, store)
      )
      expect(stranger.status).toBe(401)

      const sent = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: placed.id })
      const toBuyer = sent
        .filter((n) => n.template.startsWith("shipment-"))
        .map((n) => [n.template, n.to])
        .sort()
      expect(toBuyer).toEqual([
        ["shipment-delivered", "lan@example.vn"],
        ["shipment-picked-up", "lan@example.vn"],
      ])
    })

    it("returned: the order is cancelled, its stock back and its payment cancelled; nothing counts as a sale", async () => {
      const before = await stockOf("nep-tu-le")
      const placed = await order("nep-tu-le")
      const { tracking_number } = await ship(placed.id)
      expect((await stockOf("nep-tu-le")).stocked).toBe(
        Number(before.stocked) - 2
      )
      await hook(event(tracking_number, "picked_up"))
      await hook(
        event(tracking_number, "delivery_failed", { note: "Vắng nhà" })
      )
      const returned = await hook(
        event(tracking_number, "returned", { note: "Người nhận từ chối" })
      )
      expect(returned.status).toBe(200)

      const state = await stateOf(placed.id)
      expect(state.status).toBe("canceled")
      expect(state.fulfillment?.canceled_at).not.toBeNull()
      expect(state.payment?.canceled_at).not.toBeNull()
      expect(state.payment?.captures).toHaveLength(0)
      expect(await stockOf("nep-tu-le")).toEqual(before)
      expect(await saleRowOf(placed.id)).toBeUndefined()

      const late = await hook(event(tracking_number, "delivered"))
      expect(late.status).toBe(409)
      expect((late.data as Problem).message).toMatch(/was cancelled/)
    })

    it("a cooperative records the table courier's events by hand; another cooperative's order is 404 and a bad body 400", async () => {
      const placed = await order("tao-meo-ocop")
      await ship(placed.id)
      const recorded = await send(
        api.post<Timeline>(
          `/seller/orders/${placed.id}/shipment-events`,
          { status: "picked_up", note: "Bưu tá xã đã nhận" },
          seller
        )
      )
      expect(recorded.status).toBe(200)
      expect((recorded.data as Timeline).events).toEqual([
        expect.objectContaining({
          status: "picked_up",
          note: "Bưu tá xã đã nhận",
          source: "manual",
        }),
      ])
      expect((await stateOf(placed.id)).fulfillment?.shipped_at).not.toBeNull()
      const { data: listed } = await api.get<Timeline>(
        `/seller/orders/${placed.id}/shipment-events`,
        seller
      )
      expect(listed.events).toHaveLength(1)

      const theirs = await order("dau-tay-moc-chau")
      const notOurs = await send(
        api.post(
          `/seller/orders/${theirs.id}/shipment-events`,
          { status: "picked_up" },
          seller
        )
      )
      expect(notOurs.status).toBe(404)

      const bad = await send(
        api.post(
          `/seller/orders/${placed.id}/shipment-events`,
          { status: "delivered", occurred_at: "yesterday", colour: "red" },
          seller
        )
      )
      expect(bad.status).toBe(400)
      expect((bad.data as Problem).message).toContain(
        "occurred_at must be an ISO 8601 date and time, like 2026-12-01T08:30:00Z."
      )
      expect((bad.data as Problem).message).toContain("Unknown field: colour.")
      expect((await stateOf(placed.id)).fulfillment?.delivered_at).toBeNull()
    })

    it("GHN's own webhook format: its statuses move the order (picked, then delivered with the cash), other statuses are acknowledged and ignored, a retried callback is a duplicate", async () => {
      process.env.COURIER_WEBHOOK_SECRET_GHN = "ghn-webhook-secret-2026"
      const ghnHeaders = {
        headers: { "x-courier-secret": "ghn-webhook-secret-2026" },
      }
      fakeGhn().setMode("ok")
      const placed = await order("tao-meo-ocop", store, "ghn_ghn")
      const { tracking_number } = await ship(placed.id)
      const callback = (Status: string, Time: string, extra: object = {}) =>
        send(
          api.post(
            "/hooks/couriers/ghn",
            {
              OrderCode: tracking_number,
              Status,
              Time,
              Type: "switch_status",
              ShopID: Number(fakeGhn().shopId),
              Fee: { MainService: 15000 },
              Warehouse: "Bưu cục Trạm Tấu",
              ...extra,
            },
            ghnHeaders
          )
        )
      const ready = await callback("ready_to_pick", "2026-12-01T07:00:00Z")
      expect(ready.data).toEqual({ ignored: true })
      expect((await callback("picked", "2026-12-01T08:00:00Z")).data).toEqual({
        duplicate: false,
      })
      expect((await stateOf(placed.id)).fulfillment?.shipped_at).not.toBeNull()
      const delivered = await callback("delivered", "2026-12-02T09:00:00Z", {
        CODAmount: placed.cod_amount,
      })
      expect(delivered.data).toEqual({ duplicate: false })
      const again = await callback("delivered", "2026-12-02T09:00:00Z", {
        CODAmount: placed.cod_amount,
      })
      expect(again.data).toEqual({ duplicate: true })
      const state = await stateOf(placed.id)
      expect(state.fulfillment?.delivered_at).not.toBeNull()
      expect(state.payment?.captures).toHaveLength(1)

      const manual = await send(
        api.post(
          `/seller/orders/${placed.id}/shipment-events`,
          { status: "returned" },
          seller
        )
      )
      expect(manual.status).toBe(400)
      expect((manual.data as Problem).message).toMatch(/reports its own events/)
    })
    it("the operator sees the parcel on the admin's order page and records the table courier's events there", async () => {
      await seedDemoOperator(getContainer(), {
        logger: { info: () => undefined },
      })
      const operator = await signInAs(
        api,
        "/auth/user/emailpass",
        DEMO_OPERATOR_EMAIL,
        "10.8.2.9"
      )
      type AdminTimeline = Timeline & {
        shipment: {
          tracking_number: string
          courier: string
          status: string
          manual_events: boolean
          cod_amount: number
        } | null
      }
      const placed = await order("nep-tu-le")
      const before = await api.get<AdminTimeline>(
        `/admin/orders/${placed.id}/shipment-events`,
        operator
      )
      expect(before.data).toEqual({ shipment: null, events: [] })

      const { tracking_number } = await ship(placed.id)
      const recorded = await send(
        api.post<Timeline>(
          `/admin/orders/${placed.id}/shipment-events`,
          { status: "picked_up", note: "Bưu cục Trạm Tấu gọi điện xác nhận" },
          operator
        )
      )
      expect(recorded.status).toBe(200)
      const { data: after } = await api.get<AdminTimeline>(
        `/admin/orders/${placed.id}/shipment-events`,
        operator
      )
      expect(after.shipment).toMatchObject({
        tracking_number,
        courier: "vnpost-table",
        status: "picked_up",
        manual_events: true,
        cod_amount: placed.cod_amount,
      })
      expect(after.events).toEqual([
        expect.objectContaining({
          status: "picked_up",
          source: "manual",
          note: "Bưu cục Trạm Tấu gọi điện xác nhận",
          tracking_number,
        }),
      ])
      expect((await stateOf(placed.id)).fulfillment?.shipped_at).not.toBeNull()

      const anonymous = await send(
        api.get(`/admin/orders/${placed.id}/shipment-events`)
      )
      expect(anonymous.status).toBe(401)
      const asSeller = await send(
        api.post(
          `/admin/orders/${placed.id}/shipment-events`,
          { status: "delivered" },
          seller
        )
      )
      expect(asSeller.status).toBe(401)
    })
  },
})
