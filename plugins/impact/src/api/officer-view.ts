import type { MedusaContainer } from "@medusajs/framework/types"
import {
  VN_ADMIN_MODULE,
  type VnAdminModuleService,
} from "@cho-phien/cooperative-seller/modules/vn-admin"

export type OfficerRecord = {
  id: string
  email: string
  name: string
  province_codes: string[]
  created_at: Date | string
}

/** An officer as the admin and the officer see it: the provinces by code and name. */
export const presentOfficer = (
  container: MedusaContainer,
  officer: OfficerRecord
) => {
  const places = container.resolve<VnAdminModuleService>(VN_ADMIN_MODULE)
  const provinces = places.listProvinces()
  return {
    id: officer.id,
    email: officer.email,
    name: officer.name,
    all_provinces: officer.province_codes.length === 0,
    provinces: (officer.province_codes.length === 0
      ? provinces
      : provinces.filter((p) => officer.province_codes.includes(p.code))
    ).map((p) => ({ code: p.code, name: p.full_name })),
    created_at: officer.created_at,
  }
}
