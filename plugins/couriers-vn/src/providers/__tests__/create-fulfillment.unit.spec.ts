import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import {
  FAKE_GHN_CREATE_ERROR,
  type FakeGhnServer,
  startFakeGhnServer,
} from "../../lib/ghn-fake-server"
import { isValidS10 } from "../../lib/s10"
import type { ShipmentRequest } from "../../lib/shipment-request"
import { GhnFulfillmentService } from "../ghn/service"
import { VnpostTableFulfillmentService } from "../vnpost-table/service"

const request = (
  overrides: Partial<ShipmentRequest> = {}
): ShipmentRequest => ({
  service: "standard",
  order_number: "#12",
  parcel: { weight_g: 1100, length_cm: 20, width_cm: 15, height_cm: 16 },
  cod_amount: 281800,
  declared_value: 240000,
  sender: {
    name: "HTX Trạm Tấu",
    phone: "0912000111",
    address: "Thôn Một",
    commune: "Xã Trạm Tấu",
    province: "Tỉnh Lào Cai",
    province_code: "15",
  },
  recipient: {
    name: "Nguyễn Thị Lan",
    phone: "0912345678",
    address: "Số 12 phố Đội Cấn",
    commune: "Phường Ba Đình",
    province: "Thành phố Hà Nội",
    province_code: "01",
  },
  items: [
    {
      name: "Táo mèo sấy – Túi 500 g",
      code: "TAO-500",
      quantity: 2,
      price: 120000,
      weight_g: 550,
    },
  ],
  note: null,
  label_url: "/seller/orders/order_1/label.pdf",
  ...overrides,
})

describe("vnpost-table createFulfillment", () => {
  // A stand-in for PostgreSQL's sequence: what nextval would hand out.
  const sequence = (start: number) => {
    let value = start
    const statements: string[] = []
    return {
      statements,
      raw: async (sql: string) => {
        statements.push(sql)
        if (sql.startsWith("select nextval")) {
          value += 1
          return { rows: [{ serial: String(value) }] }
        }
        return { rows: [] }
      },
    }
  }

  it("issues S10 numbers from the database sequence: CP for standard parcels, EE for EMS", async () => {
    const knex = sequence(12345677)
    const provider = new VnpostTableFulfillmentService({
      [ContainerRegistrationKeys.PG_CONNECTION]: knex,
    })
    const standard = await provider.createFulfillment(
      { cod: true },
      [],
      undefined,
      {},
      {
        shipment: request(),
      }
    )
    const express = await provider.createFulfillment(
      {},
      [],
      undefined,
      {},
      {
        shipment: request({ service: "express" }),
      }
    )
    expect(standard.data).toMatchObject({
      cod: true,
      tracking_number: "CP123456785VN",
      service: "standard",
      courier_order_code: null,
    })
    // The next serial, 12345679: 8 + 12 + 12 + 8 + 15 + 30 + 63 + 63 = 211; r = 2; check 9.
    expect(express.data.tracking_number).toBe("EE123456799VN")
    expect(isValidS10(express.data.tracking_number as string)).toBe(true)
    expect(standard.labels).toEqual([
      {
        tracking_number: "CP123456785VN",
        tracking_url: "",
        label_url: "/seller/orders/order_1/label.pdf",
      },
    ])
    expect(knex.statements.filter((s) => s.includes("nextval"))).toHaveLength(2)
  })

  it("refuses a parcel without its addresses", async () => {
    const provider = new VnpostTableFulfillmentService({
      [ContainerRegistrationKeys.PG_CONNECTION]: sequence(0),
    })
    await expect(
      provider.createFulfillment(
        {},
        [],
        undefined,
        {},
        { shipment: { service: "standard" } }
      )
    ).rejects.toThrow(/needs its weight, both addresses and its items/)
  })
})

describe("ghn createFulfillment against the FAKE GHN server", () => {
  let ghn: FakeGhnServer
  let logged: string[]
  const logger = {
    warn: (message: string) => logged.push(message),
    error: (message: string) => logged.push(message),
  } as unknown as Logger
  const provider = () =>
    new GhnFulfillmentService(
      { logger },
      {
        token: ghn.token,
        shopId: ghn.shopId,
        baseUrl: ghn.url,
        timeoutMs: 1_000,
      }
    )

  beforeEach(async () => {
    ghn = await startFakeGhnServer()
    logged = []
  })
  afterEach(async () => {
    await ghn.close()
  })

  it("creates a GHN order in GHN's published format and keeps its code and expected delivery", async () => {
    const result = await provider().createFulfillment(
      {},
      [],
      undefined,
      { id: "ful_1" },
      { shipment: request() }
    )
    const sent = ghn.requests.find((r) =>
      r.path.endsWith("/shipping-order/create")
    )
    expect(sent?.headers.token).toBe(ghn.token)
    expect(sent?.headers.shopid).toBe(ghn.shopId)
    expect(sent?.body).toMatchObject({
      payment_type_id: 1,
      required_note: "CHOXEMHANGKHONGTHU",
      client_order_code: "ful_1",
      from_ward_code: "90101",
      to_ward_code: "1A0101",
      to_district_id: 1484,
      to_name: "Nguyễn Thị Lan",
      to_phone: "0912345678",
      cod_amount: 281800,
      insurance_value: 240000,
      weight: 1100,
      length: 20,
      service_type_id: 2,
      items: [
        {
          name: "Táo mèo sấy – Túi 500 g",
          code: "TAO-500",
          quantity: 2,
          price: 120000,
          weight: 550,
        },
      ],
    })
    expect(result.data).toMatchObject({
      tracking_number: "FAKE00001",
      courier_order_code: "FAKE00001",
      expected_delivery_at: "2026-12-03T16:59:59.000Z",
    })
  })

  it("turns GHN's refusal into a courier error with GHN's reason, creating nothing", async () => {
    ghn.setMode("create-error")
    await expect(
      provider().createFulfillment(
        {},
        [],
        undefined,
        {},
        { shipment: request() }
      )
    ).rejects.toMatchObject({
      code: "courier_error",
      message: expect.stringContaining(FAKE_GHN_CREATE_ERROR),
    })
    expect(ghn.orders.size).toBe(0)
  })

  it("cancels the GHN order behind a fulfilment, and only logs when GHN cannot", async () => {
    const created = await provider().createFulfillment(
      {},
      [],
      undefined,
      {},
      {
        shipment: request(),
      }
    )
    await provider().cancelFulfillment(created.data)
    expect(ghn.orders.get("FAKE00001")?.status).toBe("cancel")
    ghn.setMode("error")
    await expect(
      provider().cancelFulfillment({ courier_order_code: "FAKE00009" })
    ).resolves.toEqual({})
    expect(logged.some((line) => line.includes("FAKE00009"))).toBe(true)
  })
})
