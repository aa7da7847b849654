import { isValidS10 } from "@cho-phien/couriers-vn/lib/s10"
import { pickupDateFor } from "@cho-phien/cooperative-seller/lib/shipping/pickup-date"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import type { Api, Response } from "../helpers/checkout-fixtures"
import { applicationBody, sellerClient } from "../helpers/seller-fixtures"
import {
  answerOf,
  type Headers,
  setUpShippingShop,
  type ShippingShop,
  useFakeGhnServer,
} from "../helpers/shipping-fixtures"

jest.setTimeout(300 * 1000)

type Problem = { type?: string; message: string }
type Shipment = {
  tracking_number: string
  status: string
  pickup_id: string | null
}
type OrderView = {
  id: string
  display_id: number
  shipping: {
    provider_id: string
    courier: string
    service: string
    name: string
  } | null
  parcel: {
    weight_g: number
    length_cm: number | null
    width_cm: number | null
    height_cm: number | null
  }
  shipment:
    | (Shipment & {
        provider_id: string
        courier: string
        cod_amount: number
        weight_g: number
        label_url: string
        packing_slip_url: string
        manual_events: boolean
        expected_delivery_at: string | null
      })
    | null
}
type Pickup = {
  id: string
  requested_at: string
  pickup_date: string
  parcels: number
  provider_ids: string[]
  note: string | null
  shipments: {
    order_id: string
    display_id: number
    tracking_number: string
    provider_id: string
    status: string
  }[]
}
type PickupPage = { pickups: Pickup[]; count: number; waiting: number }

useFakeGhnServer()

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let shop: ShippingShop
    let seller: Headers

    const send = <T>(call: Promise<Response<T>>) => answerOf<T, Problem>(call)

    beforeAll(async () => {
      shop = await setUpShippingShop(api, getContainer(), "10.8.1.1")
      seller = shop.seller
    })

    const order = (
      handle: string,
      provider:
        "vnpost-table_vnpost-table" | "ghn_ghn" = "vnpost-table_vnpost-table"
    ) => shop.order(handle, { provider })

    const view = async (orderId: string) =>
      (await api.get<{ order: OrderView }>(`/seller/orders/${orderId}`, seller))
        .data.order

    const ship = (orderId: string) =>
      api.post<{ fulfillment: { tracking_number: string } }>(
        `/seller/orders/${orderId}/ship`,
        {},
        seller
      )

    const pickups = async (query = "") =>
      (await api.get<PickupPage>(`/seller/pickups${query}`, seller)).data

    it("the order page gets its courier, the box from the products and, once shipped, the parcel", async () => {
      const placed = await order("tao-meo-ocop")
      const before = await view(placed.id)
      expect(before.shipping).toEqual({
        provider_id: "vnpost-table_vnpost-table",
        courier: "vnpost-table",
        service: "standard",
        name: expect.stringMatching(/VNPost/),
      })
      // Two 550 g bags of 20 × 15 × 8 cm, stacked.
      expect(before.parcel).toEqual({
        weight_g: 1100,
        length_cm: 20,
        width_cm: 15,
        height_cm: 16,
      })
      expect(before.shipment).toBeNull()

      const { data: shipped } = await ship(placed.id)
      const after = await view(placed.id)
      expect(after.shipment).toEqual({
        id: expect.stringMatching(/^shpm_/),
        provider_id: "vnpost-table_vnpost-table",
        courier: "vnpost-table",
        tracking_number: shipped.fulfillment.tracking_number,
        status: "ready",
        expected_delivery_at: expect.any(String),
        pickup_id: null,
        weight_g: 1100,
        cod_amount: placed.cod_amount,
        label_url: `/seller/orders/${placed.id}/label.pdf`,
        packing_slip_url: `/seller/orders/${placed.id}/packing-slip.pdf`,
        manual_events: true,
      })
      expect(isValidS10(after.shipment?.tracking_number ?? "")).toBe(true)

      const { data: list } = await api.get<{
        orders: { id: string; shipment: Shipment | null }[]
      }>("/seller/orders", seller)
      expect(list.orders.find((o) => o.id === placed.id)?.shipment).toEqual({
        tracking_number: shipped.fulfillment.tracking_number,
        status: "ready",
        pickup_id: null,
      })
    })

    it("one pickup collects every ready parcel of the cooperative, and each parcel only once", async () => {
      // Each test starts from an empty database: nothing waits, nothing was asked for.
      expect(await pickups()).toMatchObject({
        pickups: [],
        count: 0,
        waiting: 0,
      })
      const first = await order("tao-meo-ocop")
      await ship(first.id)
      expect(await pickups()).toMatchObject({ count: 0, waiting: 1 })

      const vnpost = await order("nep-tu-le")
      const byGhn = await order("tao-meo-ocop", "ghn_ghn")
      const notYetPacked = await order("nep-tu-le")
      await ship(vnpost.id)
      await ship(byGhn.id)
      expect((await pickups()).waiting).toBe(3)

      const asked = new Date()
      const created = await send(
        api.post<{ pickup: Pickup }>(
          "/seller/pickups",
          { note: "Gọi trước khi đến, đường dốc." },
          seller
        )
      )
      expect(created.status).toBe(201)
      const pickup = (created.data as { pickup: Pickup }).pickup
      expect(pickup).toMatchObject({
        id: expect.stringMatching(/^pkup_/),
        parcels: 3,
        provider_ids: ["ghn_ghn", "vnpost-table_vnpost-table"],
        note: "Gọi trước khi đến, đường dốc.",
      })
      expect([pickupDateFor(asked), pickupDateFor(new Date())]).toContain(
        pickup.pickup_date
      )
      expect(pickup.shipments).toHaveLength(3)
      expect(pickup.shipments.map((s) => s.display_id)).toContain(
        vnpost.display_id
      )
      expect(pickup.shipments.map((s) => s.display_id)).toContain(
        byGhn.display_id
      )
      expect(pickup.shipments.map((s) => s.order_id)).not.toContain(
        notYetPacked.id
      )
      expect((await view(vnpost.id)).shipment?.pickup_id).toBe(pickup.id)

      // Nothing left waiting: a second tap is refused with a sentence.
      const again = await send(api.post("/seller/pickups", {}, seller))
      expect(again.status).toBe(409)
      expect(again.data).toEqual({
        type: "conflict",
        message:
          "No parcel is waiting for the courier: mark an order ready to ship first.",
      })

      // A parcel packed later goes in the next pickup, not the first.
      await ship(notYetPacked.id)
      const next = await send(
        api.post<{ pickup: Pickup }>("/seller/pickups", {}, seller)
      )
      expect(next.status).toBe(201)
      const second = (next.data as { pickup: Pickup }).pickup
      expect(second.parcels).toBe(1)
      expect(second.note).toBeNull()
      expect(second.shipments.map((s) => s.order_id)).toEqual([notYetPacked.id])

      const page = await pickups()
      expect(page.count).toBe(2)
      expect(page.waiting).toBe(0)
      expect(page.pickups.map((p) => p.id)).toEqual([second.id, pickup.id])
      expect(page.pickups[1]?.shipments).toHaveLength(3)
      expect(
        (await pickups("?limit=1&offset=1")).pickups.map((p) => p.id)
      ).toEqual([pickup.id])
    })

    it("refuses bad input with a sentence, and another cooperative sees none of the pickups", async () => {
      const unknown = await send(
        api.post("/seller/pickups", { when: "mai" }, seller)
      )
      expect(unknown.status).toBe(400)
      expect((unknown.data as Problem).message).toMatch(/when/)
      const long = await send(
        api.post("/seller/pickups", { note: "x".repeat(301) }, seller)
      )
      expect(long.status).toBe(400)
      expect((long.data as Problem).message).toMatch(/300 characters/)
      const badPage = await send(api.get("/seller/pickups?limit=0", seller))
      expect(badPage.status).toBe(400)
      expect((badPage.data as Problem).message).toMatch(/limit/)

      const anonymous = await send(api.get("/seller/pickups"))
      expect(anonymous.status).toBe(401)

      const client = sellerClient(api as never, () => "10.8.1.2")
      const token = await client.register("htx-khac@example.vn")
      const applied = await client.post(
        "/seller/cooperatives",
        applicationBody("htx-khac"),
        token
      )
      expect(applied.status).toBe(201)
      const other = await client.signIn("htx-khac@example.vn")
      const theirs = await client.get("/seller/pickups", other)
      expect(theirs.status).toBe(200)
      expect(theirs.data).toMatchObject({ pickups: [], count: 0, waiting: 0 })
      const refused = await client.post("/seller/pickups", {}, other)
      expect(refused.status).toBe(409)
    })
  },
})
