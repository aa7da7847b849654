import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateRegionsWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"

import {
  COD_PROVIDER_ID,
  COUNTRY_CODE,
  CURRENCY_CODE,
  PAYMENT_PROVIDER_IDS,
  REGION_NAME,
  SALES_CHANNEL_NAME,
  STOCK_LOCATION_NAME,
  STORE_NAME,
  STOREFRONT_KEY_TITLE,
} from "./constants"
import { COOPERATIVES, PRODUCTS } from "./catalogue"
import type { SeedCooperative, SeedProduct } from "./catalogue/types"
import { progress, type Logger } from "./progress"
import { seedCatalogue, type SeedCatalogueOptions } from "./seed-catalogue"

/** The storefront's publishable key, which scopes /store requests to the given sales channels. */
export const createStorefrontKey = async (
  container: MedusaContainer,
  salesChannelIds: string[] = []
): Promise<{ id: string; token: string }> => {
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" },
      ],
    },
  })
  if (!apiKey) {
    throw new Error("The publishable API key was not created.")
  }
  if (salesChannelIds.length > 0) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: salesChannelIds },
    })
  }
  return apiKey
}

export type SeededMarketplace = {
  regionId: string
  salesChannelId: string
  /** The shared warehouse with standard delivery; stock sits at each cooperative's own location. */
  stockLocationId: string
  publishableKey: string
  /** By handle. */
  cooperativeIds: Record<string, string>
  /** By handle. */
  productIds: Record<string, string>
  /** Each cooperative's own stock location, by cooperative handle. */
  cooperativeStockLocationIds: Record<string, string>
}

/** The warehouse's fulfilment: the manual provider, a nationwide zone and a 30.000 ₫ option. */
const addStandardDelivery = async (
  container: MedusaContainer,
  ids: {
    stockLocationId: string
    shippingProfileId: string
    regionId: string
    salesChannelId: string
  }
): Promise<void> => {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: ids.stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
  })
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: "Giao hàng toàn quốc",
    type: "shipping",
    service_zones: [
      {
        name: REGION_NAME,
        geo_zones: [{ country_code: COUNTRY_CODE, type: "country" }],
      },
    ],
  })
  const serviceZone = fulfillmentSet.service_zones[0]
  if (!serviceZone) {
    throw new Error("The service zone was not created.")
  }
  await link.create({
    [Modules.STOCK_LOCATION]: { stock_location_id: ids.stockLocationId },
    [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
  })
  await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Giao hàng tiêu chuẩn",
        price_type: "flat",
        provider_id: "manual_manual",
        service_zone_id: serviceZone.id,
        shipping_profile_id: ids.shippingProfileId,
        type: {
          label: "Tiêu chuẩn",
          description: "3–5 ngày",
          code: "standard",
        },
        prices: [
          { currency_code: CURRENCY_CODE, amount: 30000 },
          { region_id: ids.regionId, amount: 30000 },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: ids.stockLocationId, add: [ids.salesChannelId] },
  })
}

/**
 * The marketplace's ground: the store in đồng, the Việt Nam region, a sales channel with its
 * publishable key, a warehouse with standard delivery, and the demo catalogue. Used by the demo
 * (`npm start`, `npm run seed`) and by tests, so both see the same shop.
 */
export const seedMarketplace = async (
  container: MedusaContainer,
  options: {
    logger?: Logger
    cooperatives?: SeedCooperative[]
    products?: SeedProduct[]
    statuses?: SeedCatalogueOptions["statuses"]
    /** Draw illustrations; true unless a test turns it off. */
    images?: boolean
  } = {}
): Promise<SeededMarketplace> => {
  const logger =
    options.logger ?? container.resolve(ContainerRegistrationKeys.LOGGER)
  const step = progress(logger, 5)
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const storeModule = container.resolve(Modules.STORE)
  const salesChannels = container.resolve(Modules.SALES_CHANNEL)
  const regions = container.resolve(Modules.REGION)
  const taxes = container.resolve(Modules.TAX)
  const stockLocations = container.resolve(Modules.STOCK_LOCATION)
  const apiKeys = container.resolve(Modules.API_KEY)

  // Every piece is looked up before it is created, so a seed that stopped half-way can be run
  // again and finishes the job without duplicates. The publishable key comes last: its presence
  // tells the start script that the demo is complete.
  step(`The sales channel "${SALES_CHANNEL_NAME}" and the store in đồng…`)
  let [salesChannel] = await salesChannels.listSalesChannels({
    name: SALES_CHANNEL_NAME,
  })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: { salesChannelsData: [{ name: SALES_CHANNEL_NAME }] },
    })
    salesChannel = result[0]
  }
  if (!salesChannel) {
    throw new Error("The sales channel was not created.")
  }
  const [store] = await storeModule.listStores()
  if (!store) {
    throw new Error("Medusa has no store record; run the migrations first.")
  }
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: STORE_NAME,
        supported_currencies: [
          { currency_code: CURRENCY_CODE, is_default: true },
        ],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  step(`The region ${REGION_NAME} (VND) and its tax region…`)
  let [region] = await regions.listRegions({ name: REGION_NAME })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: REGION_NAME,
            currency_code: CURRENCY_CODE,
            countries: [COUNTRY_CODE],
            payment_providers: [COD_PROVIDER_ID],
            automatic_taxes: false,
          },
        ],
      },
    })
    region = result[0]
  }
  if (!region) {
    throw new Error("The region was not created.")
  }
  // The payment methods this backend has: COD always, Stripe when configured.
  const payments = container.resolve(Modules.PAYMENT)
  const paymentProviders = await payments.listPaymentProviders({
    id: PAYMENT_PROVIDER_IDS,
    is_enabled: true,
  })
  await updateRegionsWorkflow(container).run({
    input: {
      selector: { id: region.id },
      update: { payment_providers: paymentProviders.map((p) => p.id) },
    },
  })
  const taxRegions = await taxes.listTaxRegions({ country_code: COUNTRY_CODE })
  if (taxRegions.length === 0) {
    await createTaxRegionsWorkflow(container).run({
      input: [{ country_code: COUNTRY_CODE, provider_id: "tp_system" }],
    })
  }

  step(`The warehouse "${STOCK_LOCATION_NAME}" and standard delivery…`)
  const existingProfiles = await fulfillment.listShippingProfiles({
    type: "default",
  })
  let shippingProfile = existingProfiles[0]
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Hàng tiêu chuẩn", type: "default" }] },
    })
    shippingProfile = result[0]
  }
  if (!shippingProfile) {
    throw new Error("The shipping profile was not created.")
  }
  let [stockLocation] = await stockLocations.listStockLocations({
    name: STOCK_LOCATION_NAME,
  })
  if (!stockLocation) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: STOCK_LOCATION_NAME,
            address: {
              address_1: "Bưu cục Hà Nội",
              city: "Hà Nội",
              country_code: COUNTRY_CODE,
            },
          },
        ],
      },
    })
    stockLocation = result[0]
    if (!stockLocation) {
      throw new Error("The stock location was not created.")
    }
    await addStandardDelivery(container, {
      stockLocationId: stockLocation.id,
      shippingProfileId: shippingProfile.id,
      regionId: region.id,
      salesChannelId: salesChannel.id,
    })
  }

  step(
    `The catalogue: ${(options.cooperatives ?? COOPERATIVES).length} cooperatives, ${(options.products ?? PRODUCTS).length} products${options.images === false ? "" : " with illustrations"}…`
  )
  const catalogue = await seedCatalogue(container, {
    logger,
    salesChannelId: salesChannel.id,
    shippingProfileId: shippingProfile.id,
    cooperatives: options.cooperatives,
    products: options.products,
    statuses: options.statuses,
    images: options.images ?? true,
  })

  step(`The publishable API key "${STOREFRONT_KEY_TITLE}"…`)
  const [existingKey] = await apiKeys.listApiKeys({
    title: STOREFRONT_KEY_TITLE,
    type: "publishable",
  })
  const apiKey =
    existingKey ?? (await createStorefrontKey(container, [salesChannel.id]))
  return {
    regionId: region.id,
    salesChannelId: salesChannel.id,
    stockLocationId: stockLocation.id,
    publishableKey: apiKey.token,
    cooperativeIds: catalogue.cooperativeIds,
    productIds: catalogue.productIds,
    cooperativeStockLocationIds: catalogue.stockLocationIds,
  }
}
