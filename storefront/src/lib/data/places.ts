import "server-only"

import type { Locale } from "@/i18n/routing"
import type { Place, Province } from "@/types/cooperative"

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
