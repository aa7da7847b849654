import {
  courierName,
  deliveryComplete,
  optionCooperatives,
  shortfall,
  toCart,
  toDeliveryGroups,
  toPaymentMethods,
  UNKNOWN_COOPERATIVE_ID,
} from "../cart-adapter"
import type {
  StoreCart,
  StoreCartLineItem,
  StoreShippingOption,
} from "../cart-types"

const BACKEND = "http://localhost:9000"

const TRAM_TAU = {
  id: "coop_tramtau",
  name: "HTX Sơn tra Trạm Tấu",
  handle: "son-tra-tram-tau",
}
const MOC_CHAU = {
  id: "coop_mocchau",
  name: "HTX Dâu tây Mộc Châu",
  handle: "dau-tay-moc-chau",
}

const item = (
  id: string,
  {
    cooperative,
    metadata,
    quantity = 1,
    unitPrice = 100_000,
    createdAt = "2026-06-01T00:00:00Z",
    variantId = `variant_${id}`,
    titleEn,
  }: {
    cooperative?: typeof TRAM_TAU
    metadata?: Record<string, unknown>
    quantity?: number
    unitPrice?: number
    createdAt?: string
    variantId?: string
    titleEn?: string
  } = {}
): StoreCartLineItem => ({
  id,
  quantity,
  unit_price: unitPrice,
  total: unitPrice * quantity,
  product_title: `Sản phẩm ${id}`,
  variant_title: "Túi 500 g",
  product_handle: `san-pham-${id}`,
  thumbnail: "/static/thumb.webp",
  variant_id: variantId,
  product_id: `prod_${id}`,
  created_at: createdAt,
  metadata: metadata ?? null,
  variant: {
    id: variantId,
    title: "Túi 500 g",
    metadata: { title_en: "500 g bag" },
  },
  product: {
    id: `prod_${id}`,
    handle: `san-pham-${id}`,
    metadata: titleEn ? { title_en: titleEn } : null,
    ...(cooperative ? { cooperative } : {}),
  },
})

const cart = (overrides: Partial<StoreCart> = {}): StoreCart => ({
  id: "cart_1",
  region_id: "reg_vn",
  email: null,
  item_total: 450_000,
  shipping_total: 0,
  total: 450_000,
  items: [
    item("a", {
      cooperative: TRAM_TAU,
      quantity: 2,
      createdAt: "2026-06-01T00:00:01Z",
    }),
    item("b", {
      cooperative: MOC_CHAU,
      unitPrice: 150_000,
      createdAt: "2026-06-01T00:00:02Z",
    }),
    item("c", {
      cooperative: TRAM_TAU,
      unitPrice: 100_000,
      createdAt: "2026-06-01T00:00:03Z",
    }),
  ],
  shipping_methods: [],
  ...overrides,
})

const option = (
  id: string,
  cooperative: typeof TRAM_TAU,
  overrides: Partial<StoreShippingOption> = {}
): StoreShippingOption => ({
  id,
  name: `Giao ${id}`,
  provider_id: "vnpost-table_vnpost-table",
  cooperative_id: cooperative.id,
  cooperative,
  service: "standard",
  amount: 32_000,
  delivery_days: { min: 2, max: 4 },
  insufficient_inventory: false,
  ...overrides,
})

describe("toCart", () => {
  it("groups lines by cooperative in the order their first product went in", () => {
    const result = toCart(cart(), { locale: "vi", backendUrl: BACKEND })
    expect(result.groups.map((group) => group.cooperative.name)).toEqual([
      "HTX Sơn tra Trạm Tấu",
      "HTX Dâu tây Mộc Châu",
    ])
    expect(result.groups[0]?.lines.map((line) => line.id)).toEqual(["a", "c"])
    expect(result.groups[0]?.subtotal).toBe(300_000)
    expect(result.groups[1]?.subtotal).toBe(150_000)
    expect(result.itemCount).toBe(4)
    expect(result.itemTotal).toBe(450_000)
    expect(result.total).toBe(450_000)
    expect(result.groups[0]?.cooperative.handle).toBe("son-tra-tram-tau")
  })

  it("falls back to the line's metadata when the product's cooperative is not expanded", () => {
    const result = toCart(
      cart({
        items: [
          item("a", {
            metadata: {
              cooperative_id: "coop_x",
              cooperative_name: "HTX Miến dong Côn Minh",
              cooperative_handle: "mien-dong-con-minh",
            },
          }),
          item("b"),
        ],
      }),
      { locale: "vi", backendUrl: BACKEND }
    )
    expect(result.groups.map((group) => group.cooperative)).toEqual([
      {
        id: "coop_x",
        name: "HTX Miến dong Côn Minh",
        handle: "mien-dong-con-minh",
      },
      { id: UNKNOWN_COOPERATIVE_ID, name: "" },
    ])
  })

  it("takes a line's cooperative from the products' look-up when the cart does not carry it", () => {
    const result = toCart(
      cart({ items: [item("a"), item("b", { cooperative: MOC_CHAU })] }),
      {
        locale: "vi",
        backendUrl: BACKEND,
        cooperatives: new Map([["prod_a", TRAM_TAU]]),
      }
    )
    expect(result.groups.map((group) => group.cooperative.id)).toEqual([
      TRAM_TAU.id,
      MOC_CHAU.id,
    ])
  })

  it("names lines in the page's language and makes thumbnails absolute", () => {
    const result = toCart(
      cart({
        items: [item("a", { cooperative: TRAM_TAU, titleEn: "Wild hawthorn" })],
      }),
      { locale: "en", backendUrl: BACKEND }
    )
    const line = result.groups[0]?.lines[0]
    expect(line?.title).toBe("Wild hawthorn")
    expect(line?.variantTitle).toBe("500 g bag")
    expect(line?.thumbnail).toBe("http://localhost:9000/static/thumb.webp")
    expect(line?.productHandle).toBe("san-pham-a")
  })

  it("leaves out Medusa's default variant name", () => {
    const single = item("a", { cooperative: TRAM_TAU })
    const result = toCart(
      cart({
        items: [
          {
            ...single,
            variant_title: "Default variant",
            variant: { id: "v", title: "Default variant" },
          },
        ],
      }),
      { locale: "vi", backendUrl: BACKEND }
    )
    expect(result.groups[0]?.lines[0]?.variantTitle).toBeUndefined()
  })

  it("gives each group the delivery picked for its cooperative", () => {
    const options = [option("so_tt", TRAM_TAU), option("so_mc", MOC_CHAU)]
    const result = toCart(
      cart({
        shipping_total: 57_000,
        total: 507_000,
        shipping_methods: [
          {
            id: "sm_1",
            shipping_option_id: "so_mc",
            name: "Tiêu chuẩn",
            amount: 25_000,
          },
          {
            id: "sm_2",
            shipping_option_id: "so_tt",
            name: "Tiêu chuẩn",
            amount: 32_000,
          },
        ],
      }),
      {
        locale: "vi",
        backendUrl: BACKEND,
        optionCooperative: optionCooperatives(options),
      }
    )
    expect(result.groups.map((group) => group.delivery?.amount)).toEqual([
      32_000, 25_000,
    ])
    expect(result.shippingTotal).toBe(57_000)
    expect(result.total).toBe(507_000)
    expect(result.deliveryMethodIds).toEqual([])
    expect(deliveryComplete(result)).toBe(true)
  })

  it("does not count a delivery whose option it cannot place", () => {
    const result = toCart(
      cart({
        shipping_methods: [
          {
            id: "sm_1",
            shipping_option_id: "so_gone",
            name: "Cũ",
            amount: 25_000,
          },
        ],
      }),
      { locale: "vi", backendUrl: BACKEND }
    )
    expect(result.groups.every((group) => group.delivery === undefined)).toBe(
      true
    )
    expect(result.deliveryMethodIds).toEqual(["sm_1"])
    expect(deliveryComplete(result)).toBe(false)
  })

  it("reads the address in the 2025 units back", () => {
    const result = toCart(
      cart({
        email: "lan@example.com",
        shipping_address: {
          first_name: "Nguyễn Thị Lan",
          last_name: "",
          phone: "0912345678",
          address_1: "12 Phố Đội Cấn",
          city: "Phường Ba Đình",
          province: "01",
          country_code: "vn",
          metadata: { commune_code: "00004" },
        },
      }),
      { locale: "vi", backendUrl: BACKEND }
    )
    expect(result.email).toBe("lan@example.com")
    expect(result.address).toEqual({
      name: "Nguyễn Thị Lan",
      phone: "0912345678",
      line: "12 Phố Đội Cấn",
      provinceCode: "01",
      communeCode: "00004",
      communeName: "Phường Ba Đình",
    })
  })

  it("has no address until a province is set", () => {
    const result = toCart(
      cart({ shipping_address: { first_name: "Lan", province: null } }),
      { locale: "vi", backendUrl: BACKEND }
    )
    expect(result.address).toBeUndefined()
  })

  it("marks lines that ask for more than the store has", () => {
    const result = toCart(
      cart({
        items: [
          item("a", { cooperative: TRAM_TAU, quantity: 3, variantId: "v_a" }),
          item("b", { cooperative: TRAM_TAU, quantity: 1, variantId: "v_b" }),
          item("c", { cooperative: TRAM_TAU, quantity: 5, variantId: "v_c" }),
        ],
      }),
      {
        locale: "vi",
        backendUrl: BACKEND,
        stock: new Map([
          ["v_a", { id: "v_a", manage_inventory: true, inventory_quantity: 2 }],
          ["v_b", { id: "v_b", manage_inventory: true, inventory_quantity: 0 }],
          [
            "v_c",
            { id: "v_c", manage_inventory: true, inventory_quantity: 50 },
          ],
        ]),
      }
    )
    expect(result.groups[0]?.lines.map((line) => line.available)).toEqual([
      2,
      0,
      undefined,
    ])
  })
})

describe("shortfall", () => {
  it("is undefined for untracked, backordered or unknown stock", () => {
    expect(shortfall(undefined, 3)).toBeUndefined()
    expect(
      shortfall({ id: "v", manage_inventory: false, inventory_quantity: 0 }, 3)
    ).toBeUndefined()
    expect(
      shortfall({ id: "v", allow_backorder: true, inventory_quantity: 0 }, 3)
    ).toBeUndefined()
    expect(shortfall({ id: "v", manage_inventory: true }, 3)).toBeUndefined()
  })

  it("never says fewer than nothing is left", () => {
    expect(
      shortfall({ id: "v", manage_inventory: true, inventory_quantity: -2 }, 1)
    ).toBe(0)
    expect(
      shortfall({ id: "v", manage_inventory: true, inventory_quantity: 3 }, 3)
    ).toBeUndefined()
  })
})

describe("toDeliveryGroups", () => {
  const base = toCart(cart(), { locale: "vi", backendUrl: BACKEND })

  it("lists each cooperative's options cheapest first, in the cart's order", () => {
    const groups = toDeliveryGroups(
      [
        option("so_mc_std", MOC_CHAU, { amount: 25_000 }),
        option("so_tt_exp", TRAM_TAU, {
          service: "express",
          amount: 55_000,
          delivery_days: { min: 1, max: 2 },
        }),
        option("so_tt_std", TRAM_TAU, { amount: 32_000 }),
      ],
      base
    )
    expect(groups.map((group) => group.cooperative.id)).toEqual([
      TRAM_TAU.id,
      MOC_CHAU.id,
    ])
    expect(groups[0]?.options.map((entry) => entry.id)).toEqual([
      "so_tt_std",
      "so_tt_exp",
    ])
    expect(groups[0]?.options[1]).toEqual({
      id: "so_tt_exp",
      name: "Giao so_tt_exp",
      courier: "VNPost",
      service: "express",
      amount: 55_000,
      days: { min: 1, max: 2 },
      insufficientInventory: false,
    })
  })

  it("keeps an option whose quote failed, without a price, after the quoted ones", () => {
    const groups = toDeliveryGroups(
      [
        option("so_tt_ghn", TRAM_TAU, {
          amount: null,
          quote_error: "GHN did not answer",
        }),
        option("so_tt_std", TRAM_TAU),
      ],
      base
    )
    const [quoted, failed] = groups[0]?.options ?? []
    expect(quoted?.id).toBe("so_tt_std")
    expect(failed).toMatchObject({
      id: "so_tt_ghn",
      quoteError: "GHN did not answer",
    })
    expect(failed?.amount).toBeUndefined()
  })

  it("lists a cooperative that cannot deliver to the address with no options", () => {
    const groups = toDeliveryGroups([option("so_tt_std", TRAM_TAU)], base)
    expect(groups[1]).toEqual({ cooperative: MOC_CHAU, options: [] })
  })

  it("says which option each cooperative already has", () => {
    const options = [
      option("so_tt_std", TRAM_TAU),
      option("so_tt_exp", TRAM_TAU, { service: "express" }),
    ]
    const withMethod = toCart(
      cart({
        shipping_methods: [
          { id: "sm", shipping_option_id: "so_tt_exp", amount: 40_000 },
        ],
      }),
      {
        locale: "vi",
        backendUrl: BACKEND,
        optionCooperative: optionCooperatives(options),
      }
    )
    expect(toDeliveryGroups(options, withMethod)[0]?.chosenOptionId).toBe(
      "so_tt_exp"
    )
  })
})

describe("toPaymentMethods", () => {
  const providers = [
    { id: "pp_stripe_stripe" },
    { id: "pp_system_default" },
    { id: "pp_cod_cod" },
  ]

  it("offers a card, after cash on delivery, when the backend and the shop both have Stripe", () => {
    expect(toPaymentMethods(providers, "pk_test_51Abc")).toEqual([
      { id: "pp_cod_cod", kind: "cod" },
      { id: "pp_stripe_stripe", kind: "card" },
    ])
  })

  it("offers only cash on delivery without the shop's Stripe key", () => {
    expect(toPaymentMethods(providers)).toEqual([
      { id: "pp_cod_cod", kind: "cod" },
    ])
  })

  it("offers only cash on delivery when the backend does not list Stripe", () => {
    expect(toPaymentMethods([{ id: "pp_cod_cod" }], "pk_test_51Abc")).toEqual([
      { id: "pp_cod_cod", kind: "cod" },
    ])
  })
})

describe("courierName", () => {
  it("names the courier behind a fulfillment provider", () => {
    expect(courierName("vnpost-table_vnpost-table")).toBe("VNPost")
    expect(courierName("ghn_ghn")).toBe("GHN")
    expect(courierName("manual_manual")).toBeUndefined()
    expect(courierName(undefined)).toBeUndefined()
  })
})
