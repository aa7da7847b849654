import type { CourierEventStatus } from "./seller"

/** A signed-in buyer, as the account pages show them. */
export type Customer = {
  id: string
  email: string
  /** The full name, written the Vietnamese way in one field ("Nguyễn Thị Lan"). */
  name: string
  /** A Vietnamese mobile number, "0912345678"; empty when not given. */
  phone: string
  addresses: AccountAddress[]
}

/** One address of the buyer's address book, in the 2025 units (province → commune). */
export type AccountAddress = {
  id: string
  /** The recipient's full name. */
  name: string
  phone: string
  /** Street, house number, hamlet (thôn, bản). */
  line: string
  provinceCode: string
  /** Undefined for an address saved before the 2025 units (no code to pick it by). */
  communeCode?: string
  communeName: string
  isDefaultShipping: boolean
}

/** Where a parcel goes: an address without its place in the address book. */
export type PostalAddress = Omit<AccountAddress, "id" | "isDefaultShipping">

/** What the address form sends, checked: the commune's name is looked up from its code. */
export type AddressInput = {
  name: string
  phone: string
  line: string
  provinceCode: string
  communeCode: string
  communeName: string
}

/** Where an order is, in words a buyer understands (see messages account.progress). */
export type OrderProgress =
  | "preparing"
  | "packed"
  | "onTheWay"
  | "partlyDelivered"
  | "delivered"
  | "completed"
  | "canceled"
  | "needsAttention"

/** How an order is paid, in words a buyer understands (see messages account.payment). */
export type PaymentWording =
  | "payOnDelivery"
  | "notPaid"
  | "authorized"
  | "paid"
  | "partlyPaid"
  | "refunded"
  | "partlyRefunded"
  | "canceled"
  | "needsAction"

export type OrderSummary = {
  id: string
  /** The number the buyer quotes ("#1042"), without the hash. */
  displayId: string
  createdAt: string
  cooperativeName?: string
  total: number
  progress: OrderProgress
  payment: PaymentWording
}

export type OrderLine = {
  id: string
  title: string
  /** The size ("Túi 500 g"), when it says more than the product's name. */
  variantTitle?: string
  quantity: number
  unitPrice: number
  total: number
  thumbnail?: string
}

export type OrderDetail = OrderSummary & {
  lines: OrderLine[]
  itemTotal: number
  shippingTotal: number
  shippingMethod?: string
  /** What the buyer hands the courier in cash (0 when paid otherwise). */
  codAmount: number
  shippingAddress?: PostalAddress
}

/** Where the parcel went, as the courier reported it (see messages parcelStatus). */
export type ParcelStatus = CourierEventStatus

/** One step of the parcel's journey, oldest first on the order page. */
export type ParcelEvent = {
  status: ParcelStatus
  occurredAt: string
  note?: string
}
