import type { Locale } from "@/i18n/routing"
import { certificateState } from "@/lib/util/certificates"
import type { Certification } from "@/types/certification"
import type {
  Cooperative,
  CooperativeList,
  CooperativeWithProducts,
  EthnicGroup,
  Place,
  Province,
} from "@/types/cooperative"

import { pick, text } from "./adapter-utils"
import { toCatalogueItem, toOcopStars } from "./catalogue-adapter"
import { toPicture, toPictures } from "./picture-adapter"
import type {
  StoreCertification,
  StoreCooperative,
  StoreCooperativeListResponse,
  StoreCooperativeResponse,
  StoreEthnicGroup,
  StoreVnCommune,
  StoreVnProvince,
} from "./store-types"

const count = (value: unknown): number =>
  typeof value === "number" && Number.isFinite(value) && value > 0
    ? Math.round(value)
    : 0

export const toCertification = (
  certificate: StoreCertification,
  now: Date
): Certification => ({
  id: certificate.id,
  type: certificate.type,
  number: certificate.number,
  ocopStars:
    certificate.type === "OCOP" ? toOcopStars(certificate.ocop_stars) : null,
  issuedAt: certificate.issued_at,
  expiresAt: certificate.expires_at,
  issuer: text(certificate.issuer) ?? null,
  state: certificateState(certificate.expires_at, now),
})

export const toEthnicGroup = (
  group: StoreEthnicGroup,
  locale: Locale
): EthnicGroup => ({
  code: group.code,
  name: pick(locale, group.name_vi, group.name_en) ?? group.code,
})

/** `now` decides each certificate's state (valid, expiring, expired). */
export const toCooperative = (
  cooperative: StoreCooperative,
  locale: Locale,
  backendUrl: string,
  now: Date
): Cooperative => {
  const cover = toPicture(cooperative.cover_image, locale, backendUrl)
  const addressLine = text(cooperative.address_line)
  return {
    id: cooperative.id,
    handle: cooperative.handle,
    name: cooperative.name,
    registrationNumber: cooperative.registration_number,
    provinceCode: cooperative.province_code,
    provinceName:
      pick(locale, cooperative.province_name, cooperative.province_name_en) ??
      "",
    communeName:
      pick(locale, cooperative.commune_name, cooperative.commune_name_en) ?? "",
    ...(addressLine ? { addressLine } : {}),
    ...(cooperative.founded_year
      ? { foundedYear: cooperative.founded_year }
      : {}),
    ethnicGroups: cooperative.ethnic_groups.map((group) =>
      toEthnicGroup(group, locale)
    ),
    households: {
      total: count(cooperative.households?.total),
      poor: count(cooperative.households?.poor),
      nearPoor: count(cooperative.households?.near_poor),
      ethnicMinority: count(cooperative.households?.ethnic_minority),
    },
    story: pick(locale, cooperative.story_vi, cooperative.story_en) ?? "",
    ...(cover ? { cover } : {}),
    gallery: toPictures(cooperative.gallery, locale, backendUrl),
    certifications: cooperative.certifications.map((certificate) =>
      toCertification(certificate, now)
    ),
    productCount: count(cooperative.product_count),
  }
}

export const toCooperativeWithProducts = (
  { cooperative }: StoreCooperativeResponse,
  locale: Locale,
  backendUrl: string,
  now: Date
): CooperativeWithProducts => ({
  ...toCooperative(cooperative, locale, backendUrl, now),
  products: cooperative.products.map((product) =>
    toCatalogueItem(product, locale, backendUrl)
  ),
})

export const toCooperativeList = (
  response: StoreCooperativeListResponse,
  locale: Locale,
  backendUrl: string,
  now: Date
): CooperativeList => ({
  cooperatives: response.cooperatives.map((cooperative) =>
    toCooperative(cooperative, locale, backendUrl, now)
  ),
  count: response.count,
  offset: response.offset,
  limit: response.limit,
})

export const toProvince = (
  province: StoreVnProvince,
  locale: Locale
): Province => ({
  code: province.code,
  name: pick(locale, province.name, province.name_en) ?? province.code,
})

/** A commune and its province by their full names ("Xã Trạm Tấu", "Lào Cai"). */
export const toPlace = (commune: StoreVnCommune, locale: Locale): Place => ({
  communeCode: commune.code,
  communeName:
    pick(locale, commune.full_name, commune.full_name_en) ?? commune.code,
  provinceCode: commune.province.code,
  provinceName:
    pick(locale, commune.province.name, commune.province.name_en) ??
    commune.province.code,
})
