/** Who a group of cart lines comes from: each cooperative ships its own parcel. */
export type CartCooperative = {
  id: string
  /** For the link to its page; missing when the backend did not say. */
  handle?: string
  name: string
}

/** One product in a size, as many as the buyer wants; amounts in đồng. */
export type CartLine = {
  id: string
  variantId: string
  productHandle?: string
  title: string
  /** The size ("Túi 500 g"), when it says more than the product's name. */
  variantTitle?: string
  quantity: number
  unitPrice: number
  total: number
  thumbnail?: string
  /**
   * How many the store still has when that is fewer than the buyer wants (0: sold out);
   * undefined when there is enough or the store does not count.
   */
  available?: number
}

/** The delivery a buyer picked for one cooperative's parcel. */
export type ChosenDelivery = {
  methodId: string
  optionId: string
  name: string
  amount: number
}

/** One cooperative's part of the cart: its lines, what they cost, and its parcel's delivery. */
export type CartGroup = {
  cooperative: CartCooperative
  lines: CartLine[]
  subtotal: number
  delivery?: ChosenDelivery
}

/** Where the parcels go, in the 2025 units. */
export type CartAddress = {
  name: string
  phone: string
  /** Street, house number, hamlet (thôn, bản). */
  line: string
  provinceCode: string
  communeCode?: string
  communeName: string
}

export type Cart = {
  id: string
  regionId: string
  email?: string
  address?: CartAddress
  groups: CartGroup[]
  /** Units, all lines together: the number beside the header's cart link. */
  itemCount: number
  itemTotal: number
  shippingTotal: number
  total: number
  /** Shipping methods the groups do not account for (an option that is no longer listed). */
  deliveryMethodIds: string[]
}

/** A way one cooperative's parcel can travel, with the courier's price for it. */
export type DeliveryOption = {
  id: string
  /** As the operator named it, in Vietnamese ("VNPost tiêu chuẩn"). */
  name: string
  /** The courier's brand, when the option's provider tells it ("VNPost", "GHN"). */
  courier?: string
  service?: "standard" | "express"
  /** Undefined when the courier could not quote (see `quoteError`). */
  amount?: number
  days?: { min: number; max: number }
  quoteError?: string
  insufficientInventory: boolean
}

export type DeliveryGroup = {
  cooperative: CartCooperative
  options: DeliveryOption[]
  /** The option picked for this cooperative, if any. */
  chosenOptionId?: string
}

/** A payment this shop takes now: cash on delivery, or a card when Stripe is set up on both ends. */
export type PaymentMethod = {
  id: string
  kind: "cod" | "card"
}
