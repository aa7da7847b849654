import type VnAdminModuleService from "../modules/vn-admin/service"

/**
 * A Vietnamese mobile number: 10 digits starting 03, 05, 07, 08 or 09, or the same with +84 (or
 * 84) in place of the 0. Spaces, dots and dashes between digits are allowed and dropped.
 */
export const normalizeVietnamesePhone = (value: string): string | null => {
  const compact = value.replace(/[\s.-]/g, "")
  const match = /^(?:\+?84|0)([35789]\d{8})$/.exec(compact)
  return match ? `0${match[1]}` : null
}

export type AddressInput = {
  first_name?: unknown
  last_name?: unknown
  phone?: unknown
  address_1?: unknown
  address_2?: unknown
  city?: unknown
  province?: unknown
  country_code?: unknown
  postal_code?: unknown
  company?: unknown
  metadata?: unknown
}

export type AddressCheck =
  | { ok: true; address: AddressInput }
  | { ok: false; field: string; message: string }

const text = (value: unknown): string =>
  typeof value === "string" ? value.trim() : ""

const fail = (field: string, message: string): AddressCheck => ({
  ok: false,
  field,
  message,
})

/**
 * Checks a delivery address against Vietnam's 2025 units and returns it normalised: `province`
 * holds the province code, `city` the commune's or ward's full name, `metadata.commune_code` its
 * code, and the phone its 0-prefixed form. `label` names the address in messages
 * ("shipping_address").
 */
export const checkVietnameseAddress = (
  places: VnAdminModuleService,
  input: AddressInput,
  label: string
): AddressCheck => {
  const country = text(input.country_code).toLowerCase() || "vn"
  if (country !== "vn") {
    return fail(
      `${label}.country_code`,
      `We deliver only in Vietnam: ${label}.country_code must be "vn".`
    )
  }
  const name = text(input.first_name)
  if (!name) {
    return fail(
      `${label}.first_name`,
      `Enter the recipient's name in ${label}.first_name.`
    )
  }
  if (name.length > 100) {
    return fail(
      `${label}.first_name`,
      `The recipient's name has at most 100 characters.`
    )
  }
  const phone = normalizeVietnamesePhone(text(input.phone))
  if (!phone) {
    return fail(
      `${label}.phone`,
      `Enter a Vietnamese mobile number in ${label}.phone, such as 0912 345 678 or +84 912 345 678, so that the courier can call.`
    )
  }
  const line = text(input.address_1)
  if (!line) {
    return fail(
      `${label}.address_1`,
      `Enter the house number and street, or the hamlet, in ${label}.address_1.`
    )
  }
  if (line.length > 200 || text(input.address_2).length > 200) {
    return fail(
      `${label}.address_1`,
      `An address line has at most 200 characters.`
    )
  }
  const provinceCode = text(input.province)
  const province = places
    .listProvinces()
    .find((candidate) => candidate.code === provinceCode)
  if (!province) {
    return fail(
      `${label}.province`,
      `${label}.province must be the code of one of the 34 provinces in force since 1 July 2025 (for example "01" for Hà Nội); GET /store/vn/provinces lists them.`
    )
  }
  const metadata =
    input.metadata && typeof input.metadata === "object"
      ? (input.metadata as Record<string, unknown>)
      : {}
  const communeCode = text(metadata.commune_code)
  const commune = places
    .listCommunes(province.code)
    .find((candidate) => candidate.code === communeCode)
  if (!commune) {
    return fail(
      `${label}.metadata.commune_code`,
      `${label}.metadata.commune_code must be the code of a 2025 commune or ward of ${province.full_name}; GET /store/vn/provinces/${province.code}/communes lists them.`
    )
  }
  const city = text(input.city)
  if (city && city !== commune.full_name && city !== commune.name) {
    return fail(
      `${label}.city`,
      `${label}.city says "${city}" but commune code ${commune.code} is ${commune.full_name}; send the commune's name or leave city out.`
    )
  }
  return {
    ok: true,
    address: {
      ...input,
      first_name: name,
      phone,
      address_1: line,
      country_code: "vn",
      province: province.code,
      city: commune.full_name,
      metadata: { ...metadata, commune_code: commune.code },
    },
  }
}
