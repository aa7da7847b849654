import { pdfText } from "@cho-phien/couriers-vn/lib/documents/pdf-text"
import { FAKE_GHN_CREATE_ERROR } from "@cho-phien/couriers-vn/lib/ghn-fake-server"
import { isValidS10 } from "@cho-phien/couriers-vn/lib/s10"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import {
  type Headers,
  setUpShippingShop,
  type ShippingShop,
  useFakeGhnServer,
} from "../helpers/shipping-fixtures"

jest.setTimeout(300 * 1000)

type Response<T> = { status: number; data: T; headers: Record<string, string> }
type Api = {
  get: <T>(url: string, config?: object) => Promise<Response<T>>
  post: <T>(url: string, body?: object, config?: object) => Promise<Response<T>>
}
type Shipped = {
  fulfillment: {
    id: string
    provider_id: string
    tracking_number: string
    label_url: string
  }
}
type Problem = { type?: string; message: string }

const fakeGhn = useFakeGhnServer()

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api: rawApi, getContainer }) => {
    const api = rawApi as Api
    let shop: ShippingShop
    let seller: Headers

    const send = <T>(call: Promise<Response<T>>) =>
      call.catch(
        (error: { response: Response<Problem> }) => error.response
      ) as Promise<Response<T | Problem>>

    beforeAll(async () => {
      shop = await setUpShippingShop(api, getContainer(), "10.8.0.1")
      seller = shop.seller
    })

    /** A buyer's order of one product through the real checkout, with the courier chosen. */
    const order = (
      handle: string,
      provider: "vnpost-table_vnpost-table" | "ghn_ghn",
      service: "standard" | "express",
      payment = "pp_cod_cod"
    ) => shop.order(handle, { provider, service, payment })

    const ship = (orderId: string, body: object = {}) =>
      send(api.post<Shipped>(`/seller/orders/${orderId}/ship`, body, seller))

    const fulfillmentsOf = async (orderId: string) => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order",
        fields: ["fulfillments.id", "fulfillments.canceled_at"],
        filters: { id: orderId },
      })
      return (
        (data[0] as { fulfillments?: { id: string; canceled_at: unknown }[] })
          .fulfillments ?? []
      ).filter((f) => !f.canceled_at)
    }

    const serialOf = (tracking: string) => Number(tracking.slice(2, 10))

    it("ready to ship: VNPost gives valid S10 numbers, unique and in sequence, and the order shows as shipped", async () => {
      const standard = await order(
        "tao-meo-ocop",
        "vnpost-table_vnpost-table",
        "standard"
      )
      const express = await order(
        "nep-tu-le",
        "vnpost-table_vnpost-table",
        "express"
      )
      const first = await ship(standard.id)
      const second = await ship(express.id, { weight_g: 1500, length_cm: 30 })
      expect(first.status).toBe(200)
      expect(second.status).toBe(200)
      const a = (first.data as Shipped).fulfillment
      const b = (second.data as Shipped).fulfillment
      expect(a).toMatchObject({
        provider_id: "vnpost-table_vnpost-table",
        label_url: `/seller/orders/${standard.id}/label.pdf`,
      })
      expect(a.tracking_number).toMatch(/^CP\d{9}VN$/)
      expect(b.tracking_number).toMatch(/^EE\d{9}VN$/)
      expect(isValidS10(a.tracking_number)).toBe(true)
      expect(isValidS10(b.tracking_number)).toBe(true)
      expect(serialOf(b.tracking_number)).toBe(serialOf(a.tracking_number) + 1)
      expect(await fulfillmentsOf(standard.id)).toEqual([
        expect.objectContaining({ id: a.id }),
      ])
      const { data } = await api.get<{ order: { seller_status: string } }>(
        `/seller/orders/${standard.id}`,
        seller
      )
      expect(data.order.seller_status).toBe("shipped")
    })

    it("refuses to ship an order twice (409), another cooperative's order (404) and bad sizes (400)", async () => {
      const placed = await order(
        "tao-meo-ocop",
        "vnpost-table_vnpost-table",
        "standard"
      )
      expect((await ship(placed.id)).status).toBe(200)
      const again = await ship(placed.id)
      expect(again.status).toBe(409)
      expect((again.data as Problem).message).toMatch(
        /already handed to the courier/
      )
      expect(await fulfillmentsOf(placed.id)).toHaveLength(1)

      const theirs = await order(
        "dau-tay-moc-chau",
        "vnpost-table_vnpost-table",
        "standard"
      )
      const notOurs = await ship(theirs.id)
      expect(notOurs.status).toBe(404)
      expect(await fulfillmentsOf(theirs.id)).toHaveLength(0)

      const fresh = await order(
        "tao-meo-ocop",
        "vnpost-table_vnpost-table",
        "standard"
      )
      const zero = await ship(fresh.id, { weight_g: 0 })
      expect(zero.status).toBe(400)
      expect((zero.data as Problem).message).toBe(
        "weight_g must be from 1 to 50,000 grams."
      )
      const huge = await ship(fresh.id, { length_cm: 500 })
      expect((huge.data as Problem).message).toBe(
        "length_cm must be from 1 to 200 centimetres."
      )
      const unknown = await ship(fresh.id, { colour: "red" })
      expect(unknown.status).toBe(400)
      expect((unknown.data as Problem).message).toBe("Unknown field: colour.")
      expect(await fulfillmentsOf(fresh.id)).toHaveLength(0)
    })

    it("prints the parcel's A6 label as a PDF with its tracking number, and a packing slip", async () => {
      const placed = await order(
        "tao-meo-ocop",
        "vnpost-table_vnpost-table",
        "express"
      )
      const noLabel = await send(
        api.get(`/seller/orders/${placed.id}/label.pdf`, seller)
      )
      expect(noLabel.status).toBe(404)
      const shipped = (await ship(placed.id)).data as Shipped
      const label = await api.get<ArrayBuffer>(shipped.fulfillment.label_url, {
        ...seller,
        responseType: "arraybuffer",
      })
      expect(label.status).toBe(200)
      expect(label.headers["content-type"]).toMatch(/^application\/pdf/)
      const bytes = Buffer.from(label.data)
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-")
      const text = (await pdfText(bytes)).replace(/\s+/g, " ")
      expect(text).toContain(shipped.fulfillment.tracking_number)
      expect(text).toContain("Phường Ba Đình")
      expect(text).toContain("Xã Trạm Tấu")
      expect(text).toContain(`${placed.cod_amount.toLocaleString("de-DE")} ₫`)
      expect(text).toContain(`#${placed.display_id}`)

      const slip = await api.get<ArrayBuffer>(
        `/seller/orders/${placed.id}/packing-slip.pdf`,
        { ...seller, responseType: "arraybuffer" }
      )
      expect(slip.headers["content-type"]).toMatch(/^application\/pdf/)
      const slipText = (await pdfText(Buffer.from(slip.data))).replace(
        /\s+/g,
        " "
      )
      expect(slipText).toContain("Túi 500 g")
      expect(slipText).toContain("Nguyễn Thị Lan")
    })

    it("books the parcel with GHN's create-order API (FAKE GHN server); a GHN error is a 502 with nothing created, and a retry succeeds", async () => {
      fakeGhn().setMode("ok")
      const placed = await order("tao-meo-ocop", "ghn_ghn", "standard")
      fakeGhn().setMode("create-error")
      const refused = await ship(placed.id)
      expect(refused.status).toBe(502)
      expect((refused.data as Problem).message).toContain(FAKE_GHN_CREATE_ERROR)
      expect((refused.data as Problem).message).toMatch(/try again/)
      expect(await fulfillmentsOf(placed.id)).toHaveLength(0)

      fakeGhn().setMode("ok")
      const retried = await ship(placed.id)
      expect(retried.status).toBe(200)
      const shipped = (retried.data as Shipped).fulfillment
      expect(shipped.provider_id).toBe("ghn_ghn")
      const booked = fakeGhn().orders.get(shipped.tracking_number)
      expect(booked?.request).toMatchObject({
        to_ward_code: "1A0101",
        from_ward_code: "90101",
        to_name: "Nguyễn Thị Lan",
        cod_amount: placed.cod_amount,
        required_note: "CHOXEMHANGKHONGTHU",
      })
      expect(fakeGhn().orders.size).toBe(1)
      expect(await fulfillmentsOf(placed.id)).toHaveLength(1)
    })
  },
})
