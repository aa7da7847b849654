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
// Kept at module level, not on the instance: Medusa may hand callers a proxy of the service, so
// state written through `this` is not reliably read back. The data is the same for every instance.
let cachedUnits: VnAdminUnits | undefined
const loadedUnits = (): VnAdminUnits => (cachedUnits ??= loadVnAdminUnits())
let formerNames:
  Map<string, { communes: string[]; provinces: string[] }> | undefined

const indexFormerNames = (
  units: VnAdminUnits
): Map<string, { communes: string[]; provinces: string[] }> => {
  const index = new Map<
    string,
    { communes: Set<string>; provinces: Set<string> }
  >()
  for (const legacy of units.legacyCommunes.values()) {
    for (const commune of legacy.communes) {
      const entry = index.get(commune.code) ?? {
        communes: new Set<string>(),
        provinces: new Set<string>(),
      }
      entry.communes.add(legacy.full_name)
      entry.provinces.add(legacy.old_province_name)
      index.set(commune.code, entry)
    }
  }
  return new Map(
    [...index].map(([code, entry]) => [
      code,
      { communes: [...entry.communes], provinces: [...entry.provinces] },
    ])
  )
}

export default class VnAdminModuleService {
  listProvinces(): VnProvince[] {
    return loadedUnits().provinces
  }

  retrieveProvince(code: string): VnProvince {
    assertCode(isProvinceCode(code), "province", code, 2)
    const province = loadedUnits().provinces.find((p) => p.code === code)
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
    return loadedUnits().communesByProvince.get(province.code) ?? []
  }

  retrieveCommune(code: string): VnCommuneWithProvince {
    assertCode(isCommuneCode(code), "commune", code, 5)
    const commune = loadedUnits().communes.get(code)
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
    const legacy = loadedUnits().legacyCommunes.get(oldCode)
    if (!legacy) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `There was no commune or ward with code ${oldCode} before July 2025.`
      )
    }
    return legacy
  }

  /**
   * The names a 2025 commune went by before July 2025: the old communes that became (part of)
   * it and their old provinces, e.g. "Xã Côn Minh" of "Tỉnh Bắc Kạn" for today's Côn Minh in
   * Thái Nguyên. Buyers still search by the old names.
   */
  listFormerNames(code: string): { communes: string[]; provinces: string[] } {
    formerNames ??= indexFormerNames(loadedUnits())
    return formerNames.get(code) ?? { communes: [], provinces: [] }
  }

  countCommunes(): number {
    return loadedUnits().communes.size
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
