import "server-only"

import { FetchError } from "@medusajs/js-sdk"

import type {
  AddressInput,
  Customer,
  OrderDetail,
  OrderSummary,
  ParcelEvent,
} from "@/types/account"

import { backendUrl, sdk } from "./config"
import {
  toCustomer,
  toOrderDetail,
  toOrderSummary,
  toStoreAddressBody,
} from "./customer-adapter"
import type { StoreAccountCustomer, StoreAccountOrder } from "./customer-types"
import { clientAddress, privateCookie } from "./private-cookie"

/**
 * The buyer's token lives in an httpOnly cookie, apart from a seller's `cp_seller`: page scripts
 * never see it, and one browser can be a buyer and a cooperative's staff at once.
 */
const TOKEN_COOKIE = "cp_customer"
/** Medusa's tokens last a day by default; the cookie goes with them. */
const TOKEN_MAX_AGE_SECONDS = 24 * 60 * 60

const CUSTOMER_FIELDS = [
  "id",
  "email",
  "first_name",
  "last_name",
  "phone",
  "addresses.id",
  "addresses.first_name",
  "addresses.last_name",
  "addresses.phone",
  "addresses.address_1",
  "addresses.city",
  "addresses.province",
  "addresses.country_code",
  "addresses.is_default_shipping",
  "addresses.metadata",
  "addresses.created_at",
].join(",")

const ORDER_LIST_FIELDS = [
  "id",
  "display_id",
  "created_at",
  "status",
  "total",
  "metadata",
].join(",")

// Medusa works out payment_status and fulfillment_status for every order it lists.
const ORDER_FIELDS = [
  ORDER_LIST_FIELDS,
  "item_total",
  "shipping_total",
  "*items",
  "*shipping_methods",
  "*shipping_address",
].join(",")

export const ORDERS_PER_PAGE = 20

const tokenCookie = privateCookie(TOKEN_COOKIE, TOKEN_MAX_AGE_SECONDS)

/** The signed-in buyer's token, for other buying calls (a signed-in cart) to send along. */
export const readCustomerToken = tokenCookie.read
/** Only server actions may call this (Next allows cookies to be set nowhere else). */
export const storeCustomerToken = tokenCookie.store
export const forgetCustomerToken = tokenCookie.forget

/** Whether the visitor carries a buyer's token (not whether it is still valid): for the header. */
export const hasCustomerToken = async (): Promise<boolean> =>
  Boolean(await readCustomerToken())

/** A customer or auth route answered with an error: its status and the backend's sentence. */
export class CustomerApiError extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

type CustomerFetchOptions = {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, string | number>
  body?: Record<string, unknown>
  /** Another token than the cookie's (during registration); "" for none. */
  token?: string
  /** Sign-in and registration: a rate limit counts per visitor, not per storefront. */
  forwardClient?: boolean
}

/** A call with the buyer's token. Never cached: every answer is one buyer's own data. */
const customerFetch = async <T>(
  path: string,
  {
    method = "GET",
    query,
    body,
    token,
    forwardClient = false,
  }: CustomerFetchOptions = {}
): Promise<T> => {
  const bearer = token ?? (await readCustomerToken())
  try {
    return await sdk().client.fetch<T>(path, {
      method,
      query,
      body,
      cache: "no-store",
      headers: {
        authorization: bearer ? `Bearer ${bearer}` : null,
        ...(forwardClient ? { "x-forwarded-for": await clientAddress() } : {}),
      },
    })
  } catch (error) {
    if (error instanceof FetchError) {
      throw new CustomerApiError(error.status ?? 500, error.message)
    }
    throw error
  }
}

/** The customer a token names, or undefined for a token of an identity with no customer yet. */
const actorOf = (token: string): string | undefined => {
  const [, payload] = token.split(".")
  if (!payload) {
    return undefined
  }
  try {
    const claims = JSON.parse(
      Buffer.from(payload, "base64url").toString("utf8")
    ) as { actor_id?: unknown; actor_type?: unknown }
    return claims.actor_type === "customer" &&
      typeof claims.actor_id === "string" &&
      claims.actor_id !== ""
      ? claims.actor_id
      : undefined
  } catch {
    return undefined
  }
}

const authenticate = async (
  email: string,
  password: string
): Promise<string> => {
  const answer = await customerFetch<{ token?: string; location?: string }>(
    "/auth/customer/emailpass",
    {
      method: "POST",
      body: { email, password },
      token: "",
      forwardClient: true,
    }
  )
  if (!answer.token) {
    throw new CustomerApiError(401, "Sign-in needs another step.")
  }
  return answer.token
}

// Accounts

export type Registration = {
  email: string
  password: string
  name: string
  phone: string
}

/** The e-mail already belongs to a buyer's account (sign in instead). */
export class EmailTakenError extends Error {}

/**
 * Creates the buyer's sign-in (Medusa's auth identity), then their customer record, then signs
 * in, answering the token to keep. An identity left without a customer by an earlier attempt
 * (the customer step refused, say, the phone) is completed with the same password rather than
 * locking that e-mail out.
 */
export const registerCustomer = async ({
  email,
  password,
  name,
  phone,
}: Registration): Promise<string> => {
  let registration: string
  try {
    const answer = await customerFetch<{ token: string }>(
      "/auth/customer/emailpass/register",
      {
        method: "POST",
        body: { email, password },
        token: "",
        forwardClient: true,
      }
    )
    registration = answer.token
  } catch (error) {
    if (!(error instanceof CustomerApiError) || error.status !== 401) {
      throw error
    }
    // Medusa answers 401 "Identity with email already exists".
    const existing = await authenticate(email, password).catch(
      (signInError: unknown) => {
        throw signInError instanceof CustomerApiError &&
          signInError.status === 401
          ? new EmailTakenError(email)
          : signInError
      }
    )
    if (actorOf(existing)) {
      throw new EmailTakenError(email)
    }
    registration = existing
  }
  await customerFetch("/store/customers", {
    method: "POST",
    body: { email, first_name: name, phone },
    token: registration,
  })
  return authenticate(email, password)
}

export type SignIn =
  | { token: string }
  /** Right password, but the account was never finished (see registerCustomer). */
  | { unfinished: true }

export const signInCustomer = async (
  email: string,
  password: string
): Promise<SignIn> => {
  const token = await authenticate(email, password)
  return actorOf(token) ? { token } : { unfinished: true }
}

/**
 * Gives the visitor's cart to the buyer who just signed in, so that what they put in it before
 * signing in is kept and the orders it becomes show in their account. A cart that is gone or
 * already ordered is left alone.
 */
export const claimCart = async (
  cartId: string,
  token: string
): Promise<void> => {
  try {
    await customerFetch(`/store/carts/${encodeURIComponent(cartId)}/customer`, {
      method: "POST",
      token,
    })
  } catch (error) {
    if (!(error instanceof CustomerApiError) || error.status >= 500) {
      throw error
    }
  }
}

/** The signed-in buyer with their address book, or undefined without a (valid) token. */
export const getCustomer = async (): Promise<Customer | undefined> => {
  if (!(await hasCustomerToken())) {
    return undefined
  }
  try {
    const { customer } = await customerFetch<{
      customer: StoreAccountCustomer
    }>("/store/customers/me", { query: { fields: CUSTOMER_FIELDS } })
    return toCustomer(customer)
  } catch (error) {
    if (error instanceof CustomerApiError && error.status === 401) {
      return undefined
    }
    throw error
  }
}

export const updateCustomer = async (body: {
  name: string
  phone: string
}): Promise<void> => {
  await customerFetch("/store/customers/me", {
    method: "POST",
    body: { first_name: body.name, last_name: "", phone: body.phone },
  })
}

// Address book

export const createAddress = async (
  input: AddressInput,
  { isDefaultShipping }: { isDefaultShipping: boolean }
): Promise<void> => {
  await customerFetch("/store/customers/me/addresses", {
    method: "POST",
    body: {
      ...toStoreAddressBody(input),
      ...(isDefaultShipping ? { is_default_shipping: true } : {}),
    },
  })
}

export const updateAddress = async (
  id: string,
  input: AddressInput
): Promise<void> => {
  await customerFetch(
    `/store/customers/me/addresses/${encodeURIComponent(id)}`,
    { method: "POST", body: toStoreAddressBody(input) }
  )
}

/** Medusa lets one address be the default at a time: setting one unsets the others. */
export const setDefaultShippingAddress = async (id: string): Promise<void> => {
  await customerFetch(
    `/store/customers/me/addresses/${encodeURIComponent(id)}`,
    { method: "POST", body: { is_default_shipping: true } }
  )
}

export const deleteAddress = async (id: string): Promise<void> => {
  await customerFetch(
    `/store/customers/me/addresses/${encodeURIComponent(id)}`,
    { method: "DELETE" }
  )
}

// Orders

/** The buyer's orders, newest first; one order per cooperative of each checkout. */
export const listOrders = async ({
  page,
}: {
  page: number
}): Promise<{ orders: OrderSummary[]; count: number }> => {
  const { orders, count } = await customerFetch<{
    orders: StoreAccountOrder[]
    count: number
  }>("/store/orders", {
    query: {
      fields: ORDER_LIST_FIELDS,
      order: "-created_at",
      limit: ORDERS_PER_PAGE,
      offset: (page - 1) * ORDERS_PER_PAGE,
    },
  })
  return { orders: orders.map(toOrderSummary), count }
}

/**
 * One of the buyer's orders, or undefined. Asked of the list route, which only ever answers the
 * signed-in buyer's own orders (Medusa's GET /store/orders/:id answers anyone who knows an id,
 * and leaves out the metadata with the cooperative and the cash to collect).
 */
export const getOrder = async (
  id: string
): Promise<OrderDetail | undefined> => {
  if (!/^[\w-]{1,100}$/.test(id)) {
    return undefined
  }
  const { orders } = await customerFetch<{ orders: StoreAccountOrder[] }>(
    "/store/orders",
    { query: { id, fields: ORDER_FIELDS, limit: 1 } }
  )
  const order = orders[0]
  return order ? toOrderDetail(order, backendUrl()) : undefined
}

/**
 * Where the parcel of one of the buyer's orders has been, oldest first; empty before the courier
 * reports anything (and for an id that is not the buyer's: the route answers 404).
 */
export const getOrderTimeline = async (id: string): Promise<ParcelEvent[]> => {
  if (!/^[\w-]{1,100}$/.test(id)) {
    return []
  }
  try {
    const { events } = await customerFetch<{
      events: {
        status: ParcelEvent["status"]
        occurred_at: string
        note: string | null
      }[]
    }>(`/store/customers/me/orders/${encodeURIComponent(id)}/timeline`)
    return events.map((event) => ({
      status: event.status,
      occurredAt: event.occurred_at,
      ...(event.note ? { note: event.note } : {}),
    }))
  } catch (error) {
    if (error instanceof CustomerApiError && error.status === 404) {
      return []
    }
    throw error
  }
}
