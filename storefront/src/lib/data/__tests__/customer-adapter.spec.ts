import {
  orderProgress,
  paymentWording,
  toAccountAddress,
  toCustomer,
  toOrderDetail,
  toOrderSummary,
  toStoreAddressBody,
} from "../customer-adapter"
import type { StoreAccountOrder } from "../customer-types"

const BACKEND = "http://localhost:9000"

const hanoi = {
  id: "cuaddr_1",
  first_name: "Nguyễn Thị Lan",
  last_name: "",
  phone: "0912345678",
  address_1: "12 phố Hàng Bạc",
  city: "Phường Hoàn Kiếm",
  province: "01",
  country_code: "vn",
  is_default_shipping: false,
  metadata: { commune_code: "00070" },
}

describe("toAccountAddress", () => {
  it("reads the 2025 units back from province, city and metadata.commune_code", () => {
    expect(toAccountAddress(hanoi)).toEqual({
      id: "cuaddr_1",
      name: "Nguyễn Thị Lan",
      phone: "0912345678",
      line: "12 phố Hàng Bạc",
      provinceCode: "01",
      communeCode: "00070",
      communeName: "Phường Hoàn Kiếm",
      isDefaultShipping: false,
    })
  })

  it("joins a name Medusa split in two, and leaves out a commune code that is not one", () => {
    const address = toAccountAddress({
      id: "cuaddr_2",
      first_name: "Lan",
      last_name: "Nguyễn",
      city: "Quận Hoàn Kiếm",
      province: "01",
      metadata: { commune_code: "70" },
    })
    expect(address.name).toBe("Lan Nguyễn")
    expect(address.communeCode).toBeUndefined()
    expect(address.phone).toBe("")
    expect(address.line).toBe("")
  })
})

describe("toStoreAddressBody", () => {
  it("writes the recipient into first_name and the commune into city and metadata", () => {
    expect(
      toStoreAddressBody({
        name: "Nguyễn Thị Lan",
        phone: "0912345678",
        line: "12 phố Hàng Bạc",
        provinceCode: "01",
        communeCode: "00070",
        communeName: "Phường Hoàn Kiếm",
      })
    ).toEqual({
      first_name: "Nguyễn Thị Lan",
      last_name: "",
      phone: "0912345678",
      address_1: "12 phố Hàng Bạc",
      country_code: "vn",
      province: "01",
      city: "Phường Hoàn Kiếm",
      metadata: { commune_code: "00070" },
    })
  })

  it("round-trips through toAccountAddress", () => {
    const input = {
      name: "Lò Văn Páo",
      phone: "0389123456",
      line: "Bản Hát Lừu",
      provinceCode: "15",
      communeCode: "04606",
      communeName: "Xã Trạm Tấu",
    }
    const { id, isDefaultShipping, ...back } = toAccountAddress({
      id: "cuaddr_3",
      ...toStoreAddressBody(input),
    })
    expect(id).toBe("cuaddr_3")
    expect(isDefaultShipping).toBe(false)
    expect(back).toEqual(input)
  })
})

describe("toCustomer", () => {
  it("puts the default delivery address first and keeps the others in order", () => {
    const customer = toCustomer({
      id: "cus_1",
      email: "lan@example.com",
      first_name: "Nguyễn Thị Lan",
      last_name: null,
      phone: "0912345678",
      addresses: [
        { ...hanoi, id: "a" },
        { ...hanoi, id: "b", is_default_shipping: true },
        { ...hanoi, id: "c" },
      ],
    })
    expect(customer.name).toBe("Nguyễn Thị Lan")
    expect(customer.addresses.map((address) => address.id)).toEqual([
      "b",
      "a",
      "c",
    ])
  })

  it("copes with a customer without a name, a phone or addresses", () => {
    expect(toCustomer({ id: "cus_2", email: "x@example.com" })).toEqual({
      id: "cus_2",
      email: "x@example.com",
      name: "",
      phone: "",
      addresses: [],
    })
  })
})

describe("orderProgress", () => {
  it("says where the parcel is from the fulfilment state", () => {
    expect(orderProgress("pending", "not_fulfilled")).toBe("preparing")
    expect(orderProgress("pending", undefined)).toBe("preparing")
    expect(orderProgress("pending", "partially_fulfilled")).toBe("packed")
    expect(orderProgress("pending", "fulfilled")).toBe("packed")
    expect(orderProgress("pending", "partially_shipped")).toBe("onTheWay")
    expect(orderProgress("pending", "shipped")).toBe("onTheWay")
    expect(orderProgress("pending", "partially_delivered")).toBe(
      "partlyDelivered"
    )
    expect(orderProgress("pending", "delivered")).toBe("delivered")
  })

  it("lets a cancelled or completed order say so whatever the parcel did", () => {
    expect(orderProgress("canceled", "shipped")).toBe("canceled")
    expect(orderProgress("canceled", "canceled")).toBe("canceled")
    expect(orderProgress("completed", "delivered")).toBe("completed")
    expect(orderProgress("archived", "delivered")).toBe("completed")
  })

  it("flags an order waiting on someone only while nothing has moved", () => {
    expect(orderProgress("requires_action", "not_fulfilled")).toBe(
      "needsAttention"
    )
    expect(orderProgress("requires_action", "shipped")).toBe("onTheWay")
  })
})

describe("paymentWording", () => {
  it("tells a cash-on-delivery buyer to pay the courier until the cash is in", () => {
    expect(paymentWording("authorized", 185_000)).toBe("payOnDelivery")
    expect(paymentWording("not_paid", 185_000)).toBe("payOnDelivery")
    expect(paymentWording("awaiting", 185_000)).toBe("payOnDelivery")
    expect(paymentWording(undefined, 185_000)).toBe("payOnDelivery")
    expect(paymentWording("captured", 185_000)).toBe("paid")
  })

  it("words the other payment states plainly", () => {
    expect(paymentWording("authorized", 0)).toBe("authorized")
    expect(paymentWording("partially_authorized", 0)).toBe("authorized")
    expect(paymentWording("not_paid", 0)).toBe("notPaid")
    expect(paymentWording("captured", 0)).toBe("paid")
    expect(paymentWording("partially_captured", 0)).toBe("partlyPaid")
    expect(paymentWording("refunded", 0)).toBe("refunded")
    expect(paymentWording("partially_refunded", 0)).toBe("partlyRefunded")
    expect(paymentWording("canceled", 185_000)).toBe("canceled")
    expect(paymentWording("requires_action", 0)).toBe("needsAction")
  })
})

const order: StoreAccountOrder = {
  id: "order_1",
  display_id: 42,
  created_at: "2026-11-29T03:15:00.000Z",
  status: "pending",
  payment_status: "authorized",
  fulfillment_status: "not_fulfilled",
  total: 215_000,
  item_total: 180_000,
  shipping_total: 35_000,
  metadata: {
    cooperative_id: "coop_1",
    cooperative_name: "HTX Sơn tra Đỉnh Mây Trạm Tấu",
    checkout_id: "chk_1",
    cod_amount: 215_000,
  },
  items: [
    {
      id: "item_1",
      title: "Túi 500 g",
      product_title: "Táo mèo sấy",
      variant_title: "Túi 500 g",
      quantity: 2,
      unit_price: 90_000,
      total: 180_000,
      thumbnail: "/static/tao-meo.webp",
    },
  ],
  shipping_methods: [{ name: "VNPost tiêu chuẩn", amount: 35_000 }],
  shipping_address: {
    first_name: "Nguyễn Thị Lan",
    last_name: "",
    phone: "0912345678",
    address_1: "12 phố Hàng Bạc",
    city: "Phường Hoàn Kiếm",
    province: "01",
    metadata: { commune_code: "00070" },
  },
}

describe("toOrderSummary", () => {
  it("shows the number, day, cooperative, total and states in words", () => {
    expect(toOrderSummary(order)).toEqual({
      id: "order_1",
      displayId: "42",
      createdAt: "2026-11-29T03:15:00.000Z",
      cooperativeName: "HTX Sơn tra Đỉnh Mây Trạm Tấu",
      total: 215_000,
      progress: "preparing",
      payment: "payOnDelivery",
    })
  })

  it("reads a COD amount the backend kept as text, and an order without a cooperative", () => {
    const summary = toOrderSummary({
      ...order,
      metadata: { cod_amount: "99000" },
    })
    expect(summary.cooperativeName).toBeUndefined()
    expect(summary.payment).toBe("payOnDelivery")
    expect(
      toOrderSummary({ ...order, metadata: null, payment_status: "not_paid" })
        .payment
    ).toBe("notPaid")
  })
})

describe("toOrderDetail", () => {
  it("lists the items, the fee, the cash to collect and the address", () => {
    const detail = toOrderDetail(order, BACKEND)
    expect(detail.lines).toEqual([
      {
        id: "item_1",
        title: "Táo mèo sấy",
        variantTitle: "Túi 500 g",
        quantity: 2,
        unitPrice: 90_000,
        total: 180_000,
        thumbnail: "http://localhost:9000/static/tao-meo.webp",
      },
    ])
    expect(detail.itemTotal).toBe(180_000)
    expect(detail.shippingTotal).toBe(35_000)
    expect(detail.shippingMethod).toBe("VNPost tiêu chuẩn")
    expect(detail.codAmount).toBe(215_000)
    expect(detail.shippingAddress).toEqual({
      name: "Nguyễn Thị Lan",
      phone: "0912345678",
      line: "12 phố Hàng Bạc",
      provinceCode: "01",
      communeCode: "00070",
      communeName: "Phường Hoàn Kiếm",
    })
  })

  it("works the totals out from the lines and methods when the backend leaves them out", () => {
    const detail = toOrderDetail(
      {
        ...order,
        item_total: null,
        shipping_total: null,
        items: [
          {
            id: "item_2",
            title: "Default",
            product_title: "Miến dong",
            variant_title: "Default",
            quantity: 3,
            unit_price: 50_000,
            total: null,
          },
        ],
        shipping_methods: [{ name: "Nhanh", amount: 20_000 }],
        shipping_address: null,
      },
      BACKEND
    )
    expect(detail.lines[0]?.variantTitle).toBeUndefined()
    expect(detail.lines[0]?.total).toBe(150_000)
    expect(detail.itemTotal).toBe(150_000)
    expect(detail.shippingTotal).toBe(20_000)
    expect(detail.shippingAddress).toBeUndefined()
  })
})
