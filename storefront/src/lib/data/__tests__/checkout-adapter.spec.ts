import type { StoreCheckout } from "../cart-types"
import { toCheckout } from "../checkout-adapter"

const address = {
  first_name: "Nguyễn Thị Lan",
  last_name: "",
  phone: "0912345678",
  address_1: "12 Phố Đội Cấn",
  city: "Phường Ba Đình",
  province: "01",
  country_code: "vn",
}

const checkout: StoreCheckout = {
  id: "chk_01",
  cart_id: "cart_1",
  email: "lan@example.com",
  status: "completed",
  currency_code: "vnd",
  item_total: 450_000,
  shipping_total: 57_000,
  total: 507_000,
  cod_total: 507_000,
  created_at: "2026-06-01T03:00:00Z",
  orders: [
    {
      id: "order_1",
      display_id: 41,
      cooperative: {
        id: "coop_tt",
        name: "HTX Sơn tra Trạm Tấu",
        handle: "son-tra-tram-tau",
      },
      status: "pending",
      payment_status: "authorized",
      items: [
        {
          id: "oli_1",
          title: "Túi 500 g",
          product_title: "Táo mèo sấy",
          variant_title: "Túi 500 g",
          quantity: 3,
          unit_price: 100_000,
          total: 300_000,
        },
      ],
      shipping_method: { name: "Tiêu chuẩn", amount: 32_000 },
      item_total: 300_000,
      shipping_total: 32_000,
      total: 332_000,
      cod_amount: 332_000,
      shipping_address: address,
    },
    {
      id: "order_2",
      display_id: 42,
      cooperative: {
        id: "coop_mc",
        name: "HTX Dâu tây Mộc Châu",
        handle: null,
      },
      status: "pending",
      payment_status: "authorized",
      items: [
        {
          id: "oli_2",
          product_title: "Mứt dâu",
          variant_title: "Default variant",
          quantity: 1,
          unit_price: 150_000,
        },
      ],
      shipping_method: { name: "Nhanh", amount: 25_000 },
      total: 175_000,
      cod_amount: 175_000,
      shipping_address: address,
    },
  ],
}

describe("toCheckout", () => {
  it("keeps every cooperative's order with its items, shipping and cash to pay", () => {
    const result = toCheckout(checkout)
    expect(result.orders).toHaveLength(2)
    expect(result.orders[0]).toEqual({
      id: "order_1",
      displayId: "41",
      cooperative: {
        id: "coop_tt",
        name: "HTX Sơn tra Trạm Tấu",
        handle: "son-tra-tram-tau",
      },
      status: "pending",
      paymentStatus: "authorized",
      items: [
        {
          id: "oli_1",
          title: "Táo mèo sấy",
          variantTitle: "Túi 500 g",
          quantity: 3,
          unitPrice: 100_000,
          total: 300_000,
        },
      ],
      shipping: { name: "Tiêu chuẩn", amount: 32_000 },
      itemTotal: 300_000,
      shippingTotal: 32_000,
      total: 332_000,
      codAmount: 332_000,
    })
  })

  it("works out what the backend left out from what it said", () => {
    const second = toCheckout(checkout).orders[1]
    expect(second?.cooperative).toEqual({
      id: "coop_mc",
      name: "HTX Dâu tây Mộc Châu",
    })
    expect(second?.items[0]).toEqual({
      id: "oli_2",
      title: "Mứt dâu",
      quantity: 1,
      unitPrice: 150_000,
      total: 150_000,
    })
    expect(second?.itemTotal).toBe(150_000)
    expect(second?.shippingTotal).toBe(25_000)
  })

  it("carries the totals and the address the parcels go to", () => {
    const result = toCheckout(checkout)
    expect(result).toMatchObject({
      id: "chk_01",
      email: "lan@example.com",
      itemTotal: 450_000,
      shippingTotal: 57_000,
      total: 507_000,
      codTotal: 507_000,
      paidByCard: false,
      address: {
        name: "Nguyễn Thị Lan",
        phone: "0912345678",
        line: "12 Phố Đội Cấn",
        communeName: "Phường Ba Đình",
        provinceCode: "01",
      },
    })
  })

  it("adds the orders up when the checkout's own totals are missing", () => {
    const result = toCheckout({
      ...checkout,
      item_total: null,
      shipping_total: null,
      cod_total: null,
    })
    expect(result.itemTotal).toBe(450_000)
    expect(result.shippingTotal).toBe(57_000)
    expect(result.codTotal).toBe(507_000)
  })

  it("says a card checkout is paid, with no cash for any courier", () => {
    const result = toCheckout({
      ...checkout,
      payment_provider_id: "pp_stripe_stripe",
      cod_total: 0,
      orders: checkout.orders.map((order) => ({ ...order, cod_amount: 0 })),
    })
    expect(result.paidByCard).toBe(true)
    expect(result.codTotal).toBe(0)
    expect(result.orders.map((order) => order.codAmount)).toEqual([0, 0])
  })
})
