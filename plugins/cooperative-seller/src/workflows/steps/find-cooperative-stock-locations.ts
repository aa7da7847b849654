import type { CreateStockLocationInput } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

import {
  loadCooperativeStockLocationIds,
  loadDefaultSalesChannelId,
} from "../../lib/listing-defaults"
import { COOPERATIVE_MODULE } from "../../modules/cooperative"
import type CooperativeModuleService from "../../modules/cooperative/service"
import { VN_ADMIN_MODULE } from "../../modules/vn-admin"
import type VnAdminModuleService from "../../modules/vn-admin/service"

export type FindCooperativeStockLocationsInput = { cooperative_ids: string[] }

export type FoundCooperativeStockLocations = {
  sales_channel_id: string
  /** Cooperative id → its stock location id, for those that have one. */
  existing: Record<string, string>
  /** The stock locations still to create, one per cooperative without one. */
  missing: { cooperative_id: string; location: CreateStockLocationInput }[]
}

/**
 * Which cooperatives already have their own stock location, and what the others' would be: named
 * after the cooperative, at its address in its 2025 commune and province. Unknown ids are skipped,
 * so the caller's own checks say what is wrong with them.
 */
export const findCooperativeStockLocationsStep = createStep(
  "find-cooperative-stock-locations",
  async (input: FindCooperativeStockLocationsInput, { container }) => {
    const existing = await loadCooperativeStockLocationIds(
      container,
      input.cooperative_ids
    )
    const without = input.cooperative_ids.filter((id) => !existing[id])
    const service =
      container.resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    const places = container.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
    const cooperatives =
      without.length > 0
        ? await service.listCooperatives(
            { id: without },
            { select: ["id", "name", "commune_code", "address_line", "phone"] }
          )
        : []
    const missing = cooperatives.map((cooperative) => {
      const commune = places.retrieveCommune(cooperative.commune_code)
      return {
        cooperative_id: cooperative.id,
        location: {
          name: cooperative.name,
          address: {
            address_1: cooperative.address_line ?? commune.full_name,
            city: commune.full_name,
            // As in buyers' addresses: the 2025 province code, the commune's name.
            province: commune.province.code,
            country_code: "vn",
            phone: cooperative.phone ?? undefined,
          },
          metadata: {
            cooperative_id: cooperative.id,
            commune_code: commune.code,
            province_code: commune.province.code,
          },
        },
      }
    })
    return new StepResponse<FoundCooperativeStockLocations>({
      sales_channel_id: await loadDefaultSalesChannelId(container),
      existing,
      missing,
    })
  }
)
