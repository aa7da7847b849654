/**
 * Simulated buyers on the store API: find in-stock variants by cooperative, fill carts from two
 * cooperatives with a Hà Nội address and one delivery option per cooperative, then check them out
 * with cash on delivery. Every call is timed; failures are counted by kind, never thrown.
 */

export type Store = {
  baseUrl: string
  publishableKey: string
  /** Aborted on Ctrl-C, so no call outlives the bench. */
  signal: AbortSignal
}

export type CallResult<T> =
  | { ok: true; status: number; data: T; ms: number }
  | { ok: false; status: number; kind: string; message: string; ms: number }

const REQUEST_TIMEOUT_MS = 120000

/** "409 out_of_stock", "400 invalid_data", "network ECONNREFUSED", "timeout"… */
const failureKind = (status: number, body: unknown): string => {
  const type =
    typeof body === "object" && body !== null && "type" in body
      ? String((body as { type: unknown }).type)
      : "error"
  return `${status} ${type}`
}

const messageOf = (body: unknown, fallback: string): string =>
  typeof body === "object" && body !== null && "message" in body
    ? String((body as { message: unknown }).message)
    : fallback

export const call = async <T>(
  store: Store,
  method: "GET" | "POST",
  path: string,
  body?: object
): Promise<CallResult<T>> => {
  const started = performance.now()
  const elapsed = () => performance.now() - started
  try {
    const response = await fetch(`${store.baseUrl}${path}`, {
      method,
      headers: {
        "x-publishable-api-key": store.publishableKey,
        ...(body ? { "content-type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.any([
        store.signal,
        AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      ]),
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // Not JSON: kept as text for the message.
    }
    if (response.ok) {
      return {
        ok: true,
        status: response.status,
        data: parsed as T,
        ms: elapsed(),
      }
    }
    return {
      ok: false,
      status: response.status,
      kind: failureKind(response.status, parsed),
      message: messageOf(parsed, text.slice(0, 200)),
      ms: elapsed(),
    }
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    const name = (error as Error).name
    return {
      ok: false,
      status: 0,
      kind:
        name === "TimeoutError"
          ? "timeout"
          : name === "AbortError"
            ? "aborted"
            : `network ${cause ?? name}`,
      message: (error as Error).message,
      ms: elapsed(),
    }
  }
}

export type CatalogueVariant = { productTitle: string; variantId: string }

export type Catalogue = {
  regionId: string
  /** In-stock variants by cooperative id; only cooperatives that have some. */
  byCooperative: Map<string, CatalogueVariant[]>
}

type StoreProduct = {
  id: string
  title?: string
  cooperative?: { id: string } | null
  variants?: {
    id: string
    manage_inventory?: boolean | null
    inventory_quantity?: number | null
  }[]
}

const must = <T>(result: CallResult<T>, what: string): T => {
  if (!result.ok) {
    throw new Error(`${what} failed: ${result.kind}: ${result.message}`)
  }
  return result.data
}

export const loadCatalogue = async (store: Store): Promise<Catalogue> => {
  const { regions } = must(
    await call<{
      regions: { id: string; name: string; currency_code: string }[]
    }>(store, "GET", "/store/regions?fields=id,name,currency_code&limit=50"),
    "Listing the regions"
  )
  const region =
    regions.find((r) => r.name === "Việt Nam") ??
    regions.find((r) => r.currency_code === "vnd")
  if (!region) {
    throw new Error(
      'The backend has no region "Việt Nam" (VND): is it seeded with the demo catalogue?'
    )
  }

  const byCooperative = new Map<string, CatalogueVariant[]>()
  const limit = 100
  // `cooperative.*`, not `cooperative.id`: the plugin lets the store ask for the whole cooperative
  // only (a single field of it is silently left out of the answer).
  for (let offset = 0; ; offset += limit) {
    const page = must(
      await call<{ products: StoreProduct[]; count: number }>(
        store,
        "GET",
        `/store/products?fields=id,title,variants.id,variants.manage_inventory,variants.inventory_quantity,cooperative.*&region_id=${region.id}&limit=${limit}&offset=${offset}`
      ),
      "Listing the products"
    )
    for (const product of page.products) {
      const cooperativeId = product.cooperative?.id
      if (!cooperativeId) {
        continue
      }
      for (const variant of product.variants ?? []) {
        const inStock =
          variant.manage_inventory === false ||
          Number(variant.inventory_quantity ?? 0) > 0
        if (inStock) {
          const list = byCooperative.get(cooperativeId) ?? []
          list.push({
            productTitle: product.title ?? product.id,
            variantId: variant.id,
          })
          byCooperative.set(cooperativeId, list)
        }
      }
    }
    if (offset + limit >= page.count || page.products.length === 0) {
      break
    }
  }
  if (byCooperative.size < 2) {
    throw new Error(
      `Carts need in-stock products of two cooperatives, and the store lists ${byCooperative.size === 0 ? "none" : "only one"}.`
    )
  }
  return { regionId: region.id, byCooperative }
}

export const HANOI_ADDRESS = {
  first_name: "Nguyễn Thị Lan",
  last_name: "",
  phone: "0912345678",
  address_1: "Số 12 phố Đội Cấn",
  country_code: "vn",
  province: "01",
  city: "Phường Ba Đình",
  metadata: { commune_code: "00004" },
}

/**
 * Cart number `index`: two cooperatives, rotating through every pair, one unit each of a variant
 * of either and, in every other cart, a second variant of the first, so the load spreads over the
 * catalogue as many buyers' carts would.
 */
export const planCart = (
  catalogue: Catalogue,
  index: number
): CatalogueVariant[] => {
  const cooperatives = [...catalogue.byCooperative.keys()].sort()
  const count = cooperatives.length
  const first = index % count
  const second = (first + 1 + (Math.floor(index / count) % (count - 1))) % count
  const a = catalogue.byCooperative.get(cooperatives[first] as string) ?? []
  const b = catalogue.byCooperative.get(cooperatives[second] as string) ?? []
  const lines = [a[index % a.length], b[index % b.length]]
  if (index % 2 === 1 && a.length > 1) {
    lines.push(a[(index + 1) % a.length])
  }
  return lines.filter((line): line is CatalogueVariant => line !== undefined)
}

export type PrepTimings = {
  cart: number[]
  lineItem: number[]
  shippingOptions: number[]
  shippingMethod: number[]
}

export type PreparedCart = { id: string; lines: number; cooperatives: number }

export type PrepOutcome =
  | { ok: true; cart: PreparedCart; ms: number }
  | { ok: false; step: string; kind: string; message: string; ms: number }

type ShippingOption = {
  id: string
  cooperative_id?: string | null
  service?: string | null
  amount?: number | null
  insufficient_inventory?: boolean
}

/** Builds one buyer's cart up to the point where only the checkout is left. */
export const prepareCart = async (
  store: Store,
  catalogue: Catalogue,
  index: number,
  runId: string,
  timings: PrepTimings
): Promise<PrepOutcome> => {
  const started = performance.now()
  const fail = (
    step: string,
    result: { kind: string; message: string }
  ): PrepOutcome => ({
    ok: false,
    step,
    kind: result.kind,
    message: result.message,
    ms: performance.now() - started,
  })

  const created = await call<{ cart: { id: string } }>(
    store,
    "POST",
    "/store/carts",
    {
      region_id: catalogue.regionId,
      email: `buyer-${runId}-${index}@example.com`,
      shipping_address: HANOI_ADDRESS,
    }
  )
  timings.cart.push(created.ms)
  if (!created.ok) {
    return fail("create cart", created)
  }
  const cartId = created.data.cart.id

  const lines = planCart(catalogue, index)
  for (const line of lines) {
    const added = await call(
      store,
      "POST",
      `/store/carts/${cartId}/line-items`,
      {
        variant_id: line.variantId,
        quantity: 1,
      }
    )
    timings.lineItem.push(added.ms)
    if (!added.ok) {
      return fail("add line item", added)
    }
  }

  const listed = await call<{ shipping_options: ShippingOption[] }>(
    store,
    "GET",
    `/store/shipping-options?cart_id=${cartId}`
  )
  timings.shippingOptions.push(listed.ms)
  if (!listed.ok) {
    return fail("list shipping options", listed)
  }
  // One option per cooperative: standard delivery when it has a price, else any priced one.
  const chosen = new Map<string, ShippingOption>()
  for (const option of listed.data.shipping_options) {
    const cooperative = option.cooperative_id
    if (
      !cooperative ||
      option.amount == null ||
      option.insufficient_inventory
    ) {
      continue
    }
    const current = chosen.get(cooperative)
    if (
      !current ||
      (current.service !== "standard" && option.service === "standard")
    ) {
      chosen.set(cooperative, option)
    }
  }
  if (chosen.size < 2) {
    return fail("list shipping options", {
      kind: "no delivery option",
      message: `Only ${chosen.size} of the cart's 2 cooperatives have a priced delivery option.`,
    })
  }
  for (const option of chosen.values()) {
    const picked = await call(
      store,
      "POST",
      `/store/carts/${cartId}/shipping-methods`,
      {
        option_id: option.id,
      }
    )
    timings.shippingMethod.push(picked.ms)
    if (!picked.ok) {
      return fail("add shipping method", picked)
    }
  }
  return {
    ok: true,
    cart: { id: cartId, lines: lines.length, cooperatives: chosen.size },
    ms: performance.now() - started,
  }
}

export type CheckoutOutcome =
  | { ok: true; orders: number; ms: number }
  | { ok: false; kind: string; message: string; ms: number }

export const checkOut = async (
  store: Store,
  cartId: string
): Promise<CheckoutOutcome> => {
  const result = await call<{ checkout: { orders: unknown[] } }>(
    store,
    "POST",
    `/store/carts/${cartId}/checkout`,
    { payment_provider_id: "pp_cod_cod" }
  )
  return result.ok
    ? { ok: true, orders: result.data.checkout.orders.length, ms: result.ms }
    : { ok: false, kind: result.kind, message: result.message, ms: result.ms }
}

/** Runs `work` for every item with at most `concurrency` at once, in order of the items. */
export const pool = async <T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T) => Promise<R>
): Promise<R[]> => {
  const results: R[] = new Array(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next
      next += 1
      results[index] = await work(items[index] as T)
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, worker)
  )
  return results
}
