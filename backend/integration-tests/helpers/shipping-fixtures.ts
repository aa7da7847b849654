import {
  type FakeGhnServer,
  startFakeGhnServer,
} from "@cho-phien/couriers-vn/lib/ghn-fake-server"
import {
  DEMO_PASSWORD,
  DEMO_SELLER_EMAIL,
  seedDemoSeller,
  type SeededMarketplace,
} from "@cho-phien/seed"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

import { seedFixtureShop } from "./catalogue-fixtures"
import {
  type Api,
  orderThroughCheckout,
  type PlacedOrder,
  type Response,
} from "./checkout-fixtures"

export type Headers = { headers: Record<string, string> }

const quiet = { info: () => undefined }

/**
 * For the whole spec file: a local FAKE GHN server in GHN's published format (no real GHN call),
 * with GHN's settings pointed at it. Returns a getter for the server, started in beforeAll.
 */
export const useFakeGhnServer = (): (() => FakeGhnServer) => {
  let server: FakeGhnServer | undefined
  beforeAll(async () => {
    server = await startFakeGhnServer()
    process.env.GHN_TOKEN = server.token
    process.env.GHN_SHOP_ID = server.shopId
    process.env.GHN_BASE_URL = server.url
  })
  afterAll(async () => {
    await server?.close()
  })
  return () => {
    if (!server) {
      throw new Error("The fake GHN server starts in beforeAll.")
    }
    return server
  }
}

/** A call's response whatever its status, for the tests that expect 4xx answers. */
export const answerOf = <T, E>(call: Promise<Response<T>>) =>
  call.catch((error: { response: Response<E> }) => error.response) as Promise<
    Response<T | E>
  >

/** A demo login's bearer headers (seller, operator or officer), from one client address. */
export const signInAs = async (
  api: Api,
  path: string,
  email: string,
  ip: string
): Promise<Headers> => {
  const { data } = await api.post<{ token: string }>(
    path,
    { email, password: DEMO_PASSWORD },
    { headers: { "x-forwarded-for": ip } }
  )
  return {
    headers: { authorization: `Bearer ${data.token}`, "x-forwarded-for": ip },
  }
}

export type ShippingShop = {
  shop: SeededMarketplace
  store: Headers
  regionId: string
  /** The demo seller, owner of HTX Trạm Tấu. */
  seller: Headers
  variantOf: (handle: string) => Promise<string>
  /** A buyer's order of two units of a product through the real checkout. */
  order: (
    handle: string,
    options?: {
      provider?: string
      service?: "standard" | "express"
      payment?: string
      buyer?: Headers
    }
  ) => Promise<PlacedOrder>
}

/**
 * The shipping specs' shop: the fixture catalogue, the demo seller of HTX Trạm Tấu signed in, and
 * orders placed through the real checkout (cash on delivery and VNPost standard unless asked).
 */
export const setUpShippingShop = async (
  api: Api,
  container: MedusaContainer,
  sellerIp: string
): Promise<ShippingShop> => {
  const shop = await seedFixtureShop(container)
  await seedDemoSeller(container, {
    logger: quiet,
    cooperativeHandle: "htx-tram-tau",
  })
  const store = { headers: { "x-publishable-api-key": shop.publishableKey } }
  const seller = await signInAs(
    api,
    "/auth/seller/emailpass",
    DEMO_SELLER_EMAIL,
    sellerIp
  )
  const variantOf = async (handle: string): Promise<string> => {
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({
        entity: "product",
        fields: ["variants.id"],
        filters: { handle },
      })
    const id = (data[0] as { variants: { id: string }[] } | undefined)
      ?.variants[0]?.id
    if (!id) {
      throw new Error(`No product ${handle} in the fixture shop.`)
    }
    return id
  }
  return {
    shop,
    store,
    regionId: shop.regionId,
    seller,
    variantOf,
    order: async (handle, options = {}) =>
      orderThroughCheckout(api, {
        regionId: shop.regionId,
        headers: options.buyer ?? store,
        variantId: await variantOf(handle),
        provider: options.provider,
        service: options.service,
        payment: options.payment,
      }),
  }
}
