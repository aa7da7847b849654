import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import {
  VN_ADMIN_MODULE,
  type VnAdminModuleService,
} from "@cho-phien/cooperative-seller/modules/vn-admin"

/** Province codes an officer may read: each one of the 34 of 2025, each once, sorted. */
export const checkProvinceCodes = (
  container: MedusaContainer,
  codes: string[]
): string[] => {
  const places = container.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  const known = new Set(places.listProvinces().map((p) => p.code))
  const unknown = codes.filter((code) => !known.has(code))
  if (unknown.length > 0) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${unknown.join(", ")} ${unknown.length > 1 ? "are not provinces" : "is not a province"} since 1 July 2025; GET /store/vn/provinces lists the 34.`
    )
  }
  return [...new Set(codes)].sort()
}

/** The 34 provinces as code and full name. */
export const listProvinceChoices = (
  container: MedusaContainer
): { code: string; name: string }[] =>
  container
    .resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
    .listProvinces()
    .map((p) => ({ code: p.code, name: p.full_name }))
