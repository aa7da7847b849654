import { MedusaError } from "@medusajs/framework/utils"

import { isCommuneCode, isProvinceCode } from "./codes"
import { loadVnAdminUnits, type VnAdminUnits } from "./load-units"
import type {
  VnCommune,
  VnCommuneWithProvince,
  VnLegacyCommune,
  VnProvince,
} from "./types"

/**
 * Vietnam's administrative units since 1 July 2025: 34 provinces, 3,321 communes and wards, no
 * district level. Reference data, read once from the files shipped with the plugin and kept in
 * memory: it changes by act of parliament, not by request.
 */
export default class VnAdminModuleService {
  private units: VnAdminUnits | undefined

  private data(): VnAdminUnits {
    this.units ??= loadVnAdminUnits()
    return this.units
  }

  listProvinces(): VnProvince[] {
    return this.data().provinces
  }

  retrieveProvince(code: string): VnProvince {
    assertCode(isProvinceCode(code), "province", code, 2)
    const province = this.data().provinces.find((p) => p.code === code)
    if (!province) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `There is no province with code ${code}. GET /store/vn/provinces lists the 34 provinces.`
      )
    }
    return province
  }

  listCommunes(provinceCode: string): VnCommune[] {
    const province = this.retrieveProvince(provinceCode)
    return this.data().communesByProvince.get(province.code) ?? []
  }

  retrieveCommune(code: string): VnCommuneWithProvince {
    assertCode(isCommuneCode(code), "commune", code, 5)
    const commune = this.data().communes.get(code)
    if (!commune) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `There is no commune or ward with code ${code} since the 2025 reorganisation. If it is an older code, try GET /store/vn/legacy-communes/${code}.`
      )
    }
    return commune
  }

  /** The 2025 unit(s) a pre-July-2025 commune became; some old communes were split. */
  retrieveLegacyCommune(oldCode: string): VnLegacyCommune {
    assertCode(isCommuneCode(oldCode), "old commune", oldCode, 5)
    const legacy = this.data().legacyCommunes.get(oldCode)
    if (!legacy) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `There was no commune or ward with code ${oldCode} before July 2025.`
      )
    }
    return legacy
  }

  countCommunes(): number {
    return this.data().communes.size
  }
}

function assertCode(
  valid: boolean,
  kind: string,
  code: string,
  digits: number
): void {
  if (!valid) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${code.slice(0, 40)}" is not a ${kind} code: ${kind} codes are ${digits} digits, for example ${"0".repeat(digits - 1)}1.`
    )
  }
}
