import { existsSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"

import type {
  VnCommune,
  VnCommuneWithProvince,
  VnLegacyCommune,
  VnProvince,
} from "./types"

type RawWard = {
  Code: string
  Name: string
  NameEn: string
  FullName: string
  FullNameEn: string
  ProvinceCode: string
}

type RawProvince = Omit<RawWard, "ProvinceCode"> & { Wards: RawWard[] }

type RawLegacyFile = {
  data: {
    level1_id: string
    name: string
    level3s: {
      level3_id: string
      name: string
      splits: { new_id: string; name: string }[]
    }[]
  }[]
}

export type VnAdminUnits = {
  provinces: VnProvince[]
  communesByProvince: Map<string, VnCommune[]>
  communes: Map<string, VnCommuneWithProvince>
  legacyCommunes: Map<string, VnLegacyCommune>
}

const DATA_FOLDER = join("data", "vn-admin")

/**
 * The data files sit in the plugin's `data/` folder, outside `src/`, so that they are read the
 * same way from the TypeScript sources (tests) and from the build in `.medusa/server`.
 */
export const findDataFolder = (from: string = __dirname): string => {
  let dir = from
  for (;;) {
    const candidate = join(dir, DATA_FOLDER)
    if (existsSync(join(candidate, "units-2025.json"))) {
      return candidate
    }
    const parent = dirname(dir)
    if (parent === dir) {
      throw new Error(
        `The administrative-unit data (${DATA_FOLDER}/units-2025.json) was not found above ${from}.`
      )
    }
    dir = parent
  }
}

const readJson = <T>(folder: string, file: string): T =>
  JSON.parse(readFileSync(join(folder, file), "utf8")) as T

export const loadVnAdminUnits = (
  folder: string = findDataFolder()
): VnAdminUnits => {
  const rawProvinces = readJson<RawProvince[]>(folder, "units-2025.json")
  const provinces: VnProvince[] = []
  const communesByProvince = new Map<string, VnCommune[]>()
  const communes = new Map<string, VnCommuneWithProvince>()

  for (const raw of rawProvinces) {
    const province: VnProvince = {
      code: raw.Code,
      name: raw.Name,
      name_en: raw.NameEn,
      full_name: raw.FullName,
      full_name_en: raw.FullNameEn,
    }
    provinces.push(province)
    const list: VnCommune[] = raw.Wards.map((ward) => ({
      code: ward.Code,
      name: ward.Name,
      name_en: ward.NameEn,
      full_name: ward.FullName,
      full_name_en: ward.FullNameEn,
      province_code: raw.Code,
    }))
    communesByProvince.set(province.code, list)
    for (const commune of list) {
      communes.set(commune.code, { ...commune, province })
    }
  }

  const legacyFile = readJson<RawLegacyFile>(folder, "old-to-new-2025.json")
  const legacyCommunes = new Map<string, VnLegacyCommune>()
  for (const oldProvince of legacyFile.data) {
    for (const old of oldProvince.level3s) {
      legacyCommunes.set(old.level3_id, {
        code: old.level3_id,
        full_name: old.name,
        old_province_code: oldProvince.level1_id,
        old_province_name: oldProvince.name,
        communes: old.splits
          .map((split) => communes.get(split.new_id))
          .filter((c): c is VnCommuneWithProvince => c !== undefined),
      })
    }
  }

  return { provinces, communesByProvince, communes, legacyCommunes }
}
