import "server-only"

import { FetchError } from "@medusajs/js-sdk"

import type {
  CodSummary,
  CourierEventStatus,
  ProductImport,
  SalesSummary,
  SellerCooperative,
  SellerDocument,
  SellerMe,
  SellerMember,
  SellerOrderDetail,
  SellerOrderList,
  SellerParcel,
  SellerPickup,
  SellerPickupList,
  SellerProduct,
  SellerProductList,
  SellerTeam,
  ShipmentEvent,
  UploadedPhoto,
} from "@/types/seller"

import { backendUrl, sdk } from "./config"
import { clientAddress, privateCookie } from "./private-cookie"

/** The seller's token lives in an httpOnly cookie: page scripts never see it. */
const TOKEN_COOKIE = "cp_seller"
/** Medusa's tokens last a day by default; the cookie goes with them. */
const TOKEN_MAX_AGE_SECONDS = 24 * 60 * 60

const tokenCookie = privateCookie(TOKEN_COOKIE, TOKEN_MAX_AGE_SECONDS)

export const readSellerToken = tokenCookie.read
export const storeSellerToken = tokenCookie.store
export const forgetSellerToken = tokenCookie.forget

/** A seller route answered with an error: its status and the backend's sentence. */
export class SellerApiError extends Error {
  readonly status: number

  constructor(status: number, message: string) {
    super(message)
    this.status = status
  }
}

type SellerFetchOptions = {
  method?: "GET" | "POST" | "DELETE"
  query?: Record<string, string | number | undefined>
  body?: Record<string, unknown> | FormData
  token?: string
  /** Sign-in and registration: the backend limits attempts per visitor, not per storefront. */
  forwardClient?: boolean
}

/**
 * A call to the backend's seller or auth routes with the seller's token. Never cached: every
 * answer is one cooperative's own data.
 */
export const sellerFetch = async <T>(
  path: string,
  {
    method = "GET",
    query,
    body,
    token,
    forwardClient = false,
  }: SellerFetchOptions = {}
): Promise<T> => {
  const bearer = token ?? (await readSellerToken())
  const isForm = body instanceof FormData
  try {
    return await sdk().client.fetch<T>(path, {
      method,
      query: query
        ? Object.fromEntries(
            Object.entries(query).filter(([, value]) => value !== undefined)
          )
        : undefined,
      body,
      cache: "no-store",
      headers: {
        authorization: bearer ? `Bearer ${bearer}` : null,
        ...(forwardClient ? { "x-forwarded-for": await clientAddress() } : {}),
        // A form's multipart boundary is set by fetch itself.
        ...(isForm ? { "content-type": null } : {}),
      },
    })
  } catch (error) {
    if (error instanceof FetchError) {
      throw new SellerApiError(error.status ?? 500, error.message)
    }
    throw error
  }
}

// Accounts

export const registerSeller = async (
  email: string,
  password: string
): Promise<string> => {
  const { token } = await sellerFetch<{ token: string }>(
    "/auth/seller/emailpass/register",
    {
      method: "POST",
      body: { email, password },
      token: "",
      forwardClient: true,
    }
  )
  return token
}

export const signInSeller = async (
  email: string,
  password: string
): Promise<string> => {
  const answer = await sellerFetch<{ token?: string; location?: string }>(
    "/auth/seller/emailpass",
    {
      method: "POST",
      body: { email, password },
      token: "",
      forwardClient: true,
    }
  )
  if (!answer.token) {
    throw new SellerApiError(401, "Sign-in needs another step.")
  }
  return answer.token
}

/** A fresh token: after applying or accepting an invitation it names the new member. */
export const refreshSellerToken = async (token: string): Promise<string> => {
  const { token: fresh } = await sellerFetch<{ token: string }>(
    "/auth/token/refresh",
    { method: "POST", token }
  )
  return fresh
}

/**
 * Who is signed in: the member and the cooperative, `"unassigned"` for an account that has not
 * applied yet, or undefined without a (valid) token.
 */
export const getSellerSession = async (): Promise<
  SellerMe | "unassigned" | undefined
> => {
  const token = await readSellerToken()
  if (!token) {
    return undefined
  }
  try {
    return await sellerFetch<SellerMe>("/seller/me", { token })
  } catch (error) {
    if (error instanceof SellerApiError && error.status === 401) {
      return isRegistrationToken(token) ? "unassigned" : undefined
    }
    throw error
  }
}

/** A token without an actor: registered (or removed from its cooperative), not yet a member. */
const isRegistrationToken = (token: string): boolean => {
  const [, payload] = token.split(".")
  if (!payload) {
    return false
  }
  try {
    const claims = JSON.parse(
      Buffer.from(payload, "base64url").toString("utf8")
    ) as { actor_id?: string; actor_type?: string; exp?: number }
    const fresh = !claims.exp || claims.exp * 1000 > Date.now()
    return claims.actor_type === "seller" && !claims.actor_id && fresh
  } catch {
    return false
  }
}

// The cooperative

export const applyForCooperative = (
  body: Record<string, unknown>
): Promise<{ cooperative: SellerCooperative }> =>
  sellerFetch("/seller/cooperatives", { method: "POST", body })

export const updateCooperative = (
  id: string,
  body: Record<string, unknown>
): Promise<{ cooperative: SellerCooperative }> =>
  sellerFetch(`/seller/cooperatives/${encodeURIComponent(id)}`, {
    method: "POST",
    body,
  })

export const listDocuments = async (
  cooperativeId: string
): Promise<SellerDocument[]> => {
  const { documents } = await sellerFetch<{ documents: SellerDocument[] }>(
    `/seller/cooperatives/${encodeURIComponent(cooperativeId)}/documents`
  )
  return documents
}

export const uploadDocuments = (
  cooperativeId: string,
  form: FormData
): Promise<{ documents: SellerDocument[] }> =>
  sellerFetch(
    `/seller/cooperatives/${encodeURIComponent(cooperativeId)}/documents`,
    { method: "POST", body: form }
  )

// Listings

export const listSellerProducts = (query: {
  limit: number
  offset: number
  q?: string
}): Promise<SellerProductList> => sellerFetch("/seller/products", { query })

export const getSellerProduct = async (
  id: string
): Promise<SellerProduct | undefined> => {
  try {
    const { product } = await sellerFetch<{ product: SellerProduct }>(
      `/seller/products/${encodeURIComponent(id)}`
    )
    return product
  } catch (error) {
    if (error instanceof SellerApiError && error.status === 404) {
      return undefined
    }
    throw error
  }
}

export const createSellerProduct = (
  body: Record<string, unknown>
): Promise<{ product: SellerProduct }> =>
  sellerFetch("/seller/products", { method: "POST", body })

export const updateSellerProduct = (
  id: string,
  body: Record<string, unknown>
): Promise<{ product: SellerProduct }> =>
  sellerFetch(`/seller/products/${encodeURIComponent(id)}`, {
    method: "POST",
    body,
  })

/** The courier has handed over the cash collected for this order (its COD payment is captured). */
export const recordCodCollected = (id: string): Promise<unknown> =>
  sellerFetch(`/seller/orders/${encodeURIComponent(id)}/cod-collected`, {
    method: "POST",
    body: {},
  })

export const deleteSellerProduct = (id: string): Promise<unknown> =>
  sellerFetch(`/seller/products/${encodeURIComponent(id)}`, {
    method: "DELETE",
  })

export const uploadPhotos = async (
  form: FormData
): Promise<UploadedPhoto[]> => {
  const { images } = await sellerFetch<{ images: { url: string }[] }>(
    "/seller/uploads",
    { method: "POST", body: form }
  )
  return images.map(({ url }) => ({ url }))
}

// Bulk import

export type ImportRefusal = {
  message: string
  errors: ProductImport["errors"]
}

/**
 * Sends a CSV for import. Answers the queued import, or, when not one row is usable, the
 * backend's sentence with its row-by-row report (which a plain SDK error would drop).
 */
export const startProductImport = async (
  form: FormData
): Promise<{ import: ProductImport } | { refusal: ImportRefusal }> => {
  const token = await readSellerToken()
  const answer = await fetch(new URL("/seller/product-imports", backendUrl()), {
    method: "POST",
    body: form,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    cache: "no-store",
  })
  const body = (await answer.json().catch(() => ({}))) as {
    import?: ProductImport
    message?: string
    errors?: ProductImport["errors"]
  }
  if (answer.ok && body.import) {
    return { import: body.import }
  }
  if (answer.status === 400) {
    return {
      refusal: { message: body.message ?? "", errors: body.errors ?? [] },
    }
  }
  throw new SellerApiError(answer.status, body.message ?? answer.statusText)
}

export const getProductImport = async (id: string): Promise<ProductImport> => {
  const answer = await sellerFetch<{ import: ProductImport }>(
    `/seller/product-imports/${encodeURIComponent(id)}`
  )
  return answer.import
}

// Orders

export const listSellerOrders = (query: {
  limit: number
  offset: number
  status?: string
}): Promise<SellerOrderList> => sellerFetch("/seller/orders", { query })

export const getSellerOrder = async (
  id: string
): Promise<SellerOrderDetail | undefined> => {
  try {
    const { order } = await sellerFetch<{
      order: Omit<SellerOrderDetail, "shipping" | "parcel" | "shipment"> &
        Partial<Pick<SellerOrderDetail, "shipping" | "parcel" | "shipment">>
    }>(`/seller/orders/${encodeURIComponent(id)}`)
    return {
      ...order,
      shipping: order.shipping ?? null,
      parcel: order.parcel ?? null,
      shipment: order.shipment ?? null,
    }
  } catch (error) {
    if (error instanceof SellerApiError && error.status === 404) {
      return undefined
    }
    throw error
  }
}

// Shipping

const orderPath = (id: string, rest: string): string =>
  `/seller/orders/${encodeURIComponent(id)}/${rest}`

/** "Ready to ship": the courier books the parcel; the box as measured, or the products' defaults. */
export const shipSellerOrder = (
  id: string,
  parcel: Partial<SellerParcel>
): Promise<{
  fulfillment: {
    id: string
    provider_id: string
    tracking_number: string
    label_url: string
  }
}> => sellerFetch(orderPath(id, "ship"), { method: "POST", body: parcel })

/** The parcel's timeline, oldest first; empty for an order not shipped yet. */
export const listShipmentEvents = async (
  id: string
): Promise<ShipmentEvent[]> => {
  try {
    const { events } = await sellerFetch<{ events: ShipmentEvent[] }>(
      orderPath(id, "shipment-events")
    )
    return events
  } catch (error) {
    if (error instanceof SellerApiError && error.status === 404) {
      return []
    }
    throw error
  }
}

/** What the table courier did with the parcel, recorded by a member (it has no API). */
export const recordShipmentEvent = (
  id: string,
  event: { status: CourierEventStatus; note?: string }
): Promise<{ events: ShipmentEvent[] }> =>
  sellerFetch(orderPath(id, "shipment-events"), {
    method: "POST",
    body: event,
  })

export const listPickups = (query: {
  limit: number
  offset: number
}): Promise<SellerPickupList> => sellerFetch("/seller/pickups", { query })

/** One request for the couriers to come for every ready parcel not yet in a pickup. */
export const requestPickup = (
  body: { note?: string } = {}
): Promise<{ pickup: SellerPickup }> =>
  sellerFetch("/seller/pickups", { method: "POST", body })

/** The cash couriers collected for the cooperative and what they have paid over. */
export const getCodSummary = (query: {
  limit: number
  offset: number
}): Promise<CodSummary> => sellerFetch("/seller/cod-summary", { query })

export const getSalesSummary = async (): Promise<SalesSummary> => {
  const { summary } = await sellerFetch<{ summary: SalesSummary }>(
    "/seller/sales-summary"
  )
  return summary
}

// Staff

export const getTeam = (): Promise<SellerTeam> => sellerFetch("/seller/members")

export const inviteStaff = (body: { email: string; name: string }) =>
  sellerFetch("/seller/invites", { method: "POST", body })

export const cancelInvite = (id: string) =>
  sellerFetch(`/seller/invites/${encodeURIComponent(id)}`, {
    method: "DELETE",
  })

export const removeMember = (id: string) =>
  sellerFetch(`/seller/members/${encodeURIComponent(id)}`, {
    method: "DELETE",
  })

export const acceptInvite = (body: {
  token: string
  name: string
}): Promise<{ member: SellerMember }> =>
  sellerFetch("/seller/invites/accept", { method: "POST", body })
