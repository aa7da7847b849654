import "server-only"

import type { Locale } from "@/i18n/routing"
import type { Place, Province } from "@/types/cooperative"
import type { EthnicGroupOption } from "@/types/seller"

import { toPlace, toProvince } from "./cooperative-adapter"
import {
  isNotFound,
  PLACES_REVALIDATE_SECONDS,
  storeFetch,
} from "./store-fetch"
import type { StoreVnCommune, StoreVnProvince } from "./store-types"

const TAGS = ["vn-admin"]
const COMMUNE_CODE_PATTERN = /^\d{5}$/

/** The 34 provinces since July 2025, by name in the page's language. */
export const listProvinces = async (locale: Locale): Promise<Province[]> => {
  const { provinces } = await storeFetch<{ provinces: StoreVnProvince[] }>(
    "/store/vn/provinces",
    { tags: TAGS, revalidate: PLACES_REVALIDATE_SECONDS }
  )
  return provinces
    .map((province) => toProvince(province, locale))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
}

/** A 2025 commune or ward and its province, or undefined for a code that names none. */
export const getPlace = async (
  communeCode: string,
  locale: Locale
): Promise<Place | undefined> => {
  if (!COMMUNE_CODE_PATTERN.test(communeCode)) {
    return undefined
  }
  try {
    const { commune } = await storeFetch<{ commune: StoreVnCommune }>(
      `/store/vn/communes/${communeCode}`,
      { tags: TAGS, revalidate: PLACES_REVALIDATE_SECONDS }
    )
    return toPlace(commune, locale)
  } catch (error) {
    if (isNotFound(error)) {
      return undefined
    }
    throw error
  }
}

export const listEthnicGroups = async (
  locale: Locale
): Promise<EthnicGroupOption[]> => {
  const { ethnic_groups } = await storeFetch<{
    ethnic_groups: { code: string; name_vi: string; name_en: string }[]
  }>("/store/vn/ethnic-groups", {
    tags: TAGS,
    revalidate: PLACES_REVALIDATE_SECONDS,
  })
  return ethnic_groups.map((group) => ({
    code: group.code,
    name: locale === "en" ? group.name_en : group.name_vi,
  }))
}

export const listCommunes = async (
  provinceCode: string,
  locale: Locale
): Promise<{ code: string; name: string }[]> => {
  if (!/^\d{2}$/.test(provinceCode)) {
    return []
  }
  const { communes } = await storeFetch<{
    communes: {
      code: string
      name: string
      full_name?: string
      full_name_en?: string
    }[]
  }>(`/store/vn/provinces/${provinceCode}/communes`, {
    tags: TAGS,
    revalidate: PLACES_REVALIDATE_SECONDS,
  })
  return communes
    .map((commune) => ({
      code: commune.code,
      // "Xã Trạm Tấu", "Phường Sa Pa": the kind of unit tells two same-named places apart.
      name:
        (locale === "en" ? commune.full_name_en : commune.full_name) ??
        commune.name,
      sortKey: commune.name,
    }))
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey, "vi"))
    .map(({ code, name }) => ({ code, name }))
}
