import type {
  FulfillmentOption,
  IFulfillmentModuleService,
  LinkDefinition,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import { loadCooperativeOfProfile } from "../../lib/checkout/cooperatives"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"

/** The courier providers a cooperative ships with, in the order the buyer sees them. */
export const COURIER_PROVIDER_IDS = ["vnpost-table_vnpost-table", "ghn_ghn"]

export type EnsureCooperativeShippingInput = {
  /** Cooperative id → its stock location id. */
  locations: Record<string, string>
}

type Created = {
  profile_ids: string[]
  fulfillment_set_ids: string[]
  links: LinkDefinition[]
}

type FulfillmentOptionWithService = FulfillmentOption & {
  name?: string
  service?: string
}

/** Cooperative id → its shipping profile id, for those that have one. */
const loadProfiles = async (
  container: MedusaContainer,
  cooperativeIds: string[]
): Promise<Record<string, string>> =>
  Object.fromEntries(
    [...(await loadCooperativeOfProfile(container, cooperativeIds))].map(
      ([profileId, cooperativeId]) => [cooperativeId, profileId]
    )
  )

/** Couriers registered in this backend (GHN only when its token is configured). */
const enabledCouriers = async (
  fulfillment: IFulfillmentModuleService
): Promise<string[]> => {
  const providers = await fulfillment.listFulfillmentProviders({
    id: COURIER_PROVIDER_IDS,
  })
  const ids = new Set(providers.map((provider) => provider.id))
  return COURIER_PROVIDER_IDS.filter((id) => ids.has(id))
}

/**
 * Gives each cooperative what it needs to ship: its own shipping profile, a nationwide service
 * zone on its stock location served by the couriers this backend has (VNPost's table tariff
 * always, GHN when configured), and one calculated delivery option per courier service. Moves the
 * cooperative's products onto its profile. Safe to run again: cooperatives that have a profile
 * only get their products moved. Compensation deletes the profiles, zones, options and links made.
 */
export const ensureCooperativeShippingStep = createStep(
  "ensure-cooperative-shipping",
  async (input: EnsureCooperativeShippingInput, { container }) => {
    const cooperativeIds = Object.keys(input.locations)
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const profiles = await loadProfiles(container, cooperativeIds)
    const created: Created = {
      profile_ids: [],
      fulfillment_set_ids: [],
      links: [],
    }
    const missing = cooperativeIds.filter((id) => !profiles[id])

    if (missing.length > 0) {
      const couriers = await enabledCouriers(fulfillment)
      const optionsByProvider = new Map<
        string,
        FulfillmentOptionWithService[]
      >()
      for (const providerId of couriers) {
        optionsByProvider.set(
          providerId,
          (await fulfillment.retrieveFulfillmentOptions(
            providerId
          )) as FulfillmentOptionWithService[]
        )
      }
      const { data: cooperatives } = (await query.graph({
        entity: "cooperative",
        fields: ["id", "name", "handle"],
        filters: { id: missing },
      })) as { data: { id: string; name: string; handle: string }[] }

      try {
        for (const cooperative of cooperatives) {
          const locationId = input.locations[cooperative.id]
          if (!locationId) {
            continue
          }
          const [profile] = await fulfillment.createShippingProfiles([
            { name: `HTX ${cooperative.handle}`, type: "cooperative" },
          ])
          if (!profile) {
            continue
          }
          created.profile_ids.push(profile.id)
          profiles[cooperative.id] = profile.id
          const fulfillmentSet = await fulfillment.createFulfillmentSets({
            name: `Giao hàng từ ${cooperative.name}`.slice(0, 250),
            type: "shipping",
            service_zones: [
              {
                name: `${cooperative.handle}: toàn quốc`,
                geo_zones: [{ country_code: "vn", type: "country" }],
              },
            ],
          })
          created.fulfillment_set_ids.push(fulfillmentSet.id)
          const serviceZone = fulfillmentSet.service_zones[0]
          const links: LinkDefinition[] = [
            {
              [COOPERATIVE_MODULE]: { cooperative_id: cooperative.id },
              [Modules.FULFILLMENT]: { shipping_profile_id: profile.id },
            },
            {
              [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
              [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
            },
            ...couriers.map((providerId): LinkDefinition => ({
              [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
              [Modules.FULFILLMENT]: { fulfillment_provider_id: providerId },
            })),
          ]
          await link.create(links)
          created.links.push(...links)
          if (!serviceZone) {
            continue
          }
          const options = couriers.flatMap((providerId) =>
            (optionsByProvider.get(providerId) ?? []).map((option) => ({
              name: option.name ?? String(option.id),
              price_type: "calculated" as const,
              service_zone_id: serviceZone.id,
              shipping_profile_id: profile.id,
              provider_id: providerId,
              data: { ...option },
              type: {
                label: option.name ?? String(option.id),
                description: String(option.service ?? option.id),
                code: `${providerId}:${String(option.id)}`,
              },
              rules: [
                {
                  attribute: "enabled_in_store",
                  value: "true",
                  operator: "eq" as const,
                },
                {
                  attribute: "is_return",
                  value: "false",
                  operator: "eq" as const,
                },
              ],
            }))
          )
          if (options.length > 0) {
            await fulfillment.createShippingOptions(options)
          }
        }
      } catch (error) {
        await undo(container, created)
        throw error
      }
    }

    // The cooperative's products ship on its profile; the seed and new listings start on the
    // store's default profile, so each run moves what is still elsewhere.
    const { data: rows } = (await query.graph({
      entity: "cooperative",
      fields: ["id", "products.id", "products.shipping_profile.id"],
      filters: { id: cooperativeIds },
    })) as {
      data: {
        id: string
        products?: { id: string; shipping_profile?: { id: string } | null }[]
      }[]
    }
    const moves = rows.flatMap((row) =>
      (row.products ?? [])
        .filter(
          (product) =>
            profiles[row.id] &&
            product.shipping_profile?.id !== profiles[row.id]
        )
        .map((product) => ({
          product_id: product.id,
          from: product.shipping_profile?.id,
          to: profiles[row.id] as string,
        }))
    )
    if (moves.length > 0) {
      const stale = moves.filter((move) => move.from)
      if (stale.length > 0) {
        await link.dismiss(
          stale.map((move) => ({
            [Modules.PRODUCT]: { product_id: move.product_id },
            [Modules.FULFILLMENT]: { shipping_profile_id: move.from },
          }))
        )
      }
      await link.create(
        moves.map((move) => ({
          [Modules.PRODUCT]: { product_id: move.product_id },
          [Modules.FULFILLMENT]: { shipping_profile_id: move.to },
        }))
      )
    }
    return new StepResponse(profiles, created)
  },
  async (created, { container }) => {
    if (created) {
      await undo(container, created)
    }
  }
)

const undo = async (container: MedusaContainer, created: Created) => {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  if (created.links.length > 0) {
    await link.dismiss(created.links)
  }
  if (created.fulfillment_set_ids.length > 0) {
    await fulfillment.deleteFulfillmentSets(created.fulfillment_set_ids)
  }
  if (created.profile_ids.length > 0) {
    const options = await fulfillment.listShippingOptions({
      shipping_profile_id: created.profile_ids,
    })
    if (options.length > 0) {
      await fulfillment.deleteShippingOptions(
        options.map((option) => option.id)
      )
    }
    await fulfillment.deleteShippingProfiles(created.profile_ids)
  }
}
