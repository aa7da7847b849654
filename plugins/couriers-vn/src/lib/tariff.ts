import exampleTariffFile from "../../data/vnpost-example-tariff.json"
import { foldName } from "./fold"
import { type Region, type Tariff, TariffSchema } from "./tariff-schema"

export type { Region, Tariff } from "./tariff-schema"

export type ServiceCode = "standard" | "express"
export const SERVICE_CODES: readonly ServiceCode[] = ["standard", "express"]

export type Zone =
  "same_province" | "same_region" | "special_route" | "between_regions"

export type DeliveryDays = { min: number; max: number }

/** A parcel as the courier weighs and measures it: grams and centimetres. */
export type Parcel = {
  weight_g: number
  length_cm?: number
  width_cm?: number
  height_cm?: number
}

export type QuotePlace = {
  /** The 2025 province code ("01"); the province's name ("Hà Nội", "Thành phố Hà Nội") also works. */
  province_code: string
  /** The commune or ward's full name as the 2025 list writes it ("Xã Trạm Tấu", "Phường Ba Đình"). */
  commune_name: string
}

export type QuoteInput = {
  service: ServiceCode
  from: QuotePlace
  to: QuotePlace
  parcel: Parcel
  /** Value of the goods in đồng, insured against loss. */
  declared_value: number
  /** Cash the courier collects from the buyer, in đồng; 0 when the order is paid already. */
  cod_amount: number
}

export type QuoteBreakdown = {
  base: number
  weight_steps: number
  remote: number
  cod_fee: number
  insurance: number
  vat: number
}

export type TableQuote = {
  /** What the buyer pays for shipping: integer đồng, VAT included. */
  amount: number
  service: ServiceCode
  zone: Zone
  charged_weight_g: number
  delivery_days: DeliveryDays
  breakdown: QuoteBreakdown
  tariff_version: string
}

export type QuoteErrorCode =
  "unknown_province" | "unknown_service" | "invalid_parcel" | "invalid_amount"

/** A quote that cannot be made from what was given; the message says what to fix. */
export class QuoteError extends Error {
  readonly code: QuoteErrorCode

  constructor(code: QuoteErrorCode, message: string) {
    super(message)
    this.name = "QuoteError"
    this.code = code
  }
}

/** Checks a tariff file against the documented shape (TARIFF.md) and returns it typed. */
export const parseTariff = (raw: unknown): Tariff => {
  const parsed = TariffSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(
      `The tariff file does not have the documented shape: ${issue?.path.join(".") ?? ""} ${issue?.message ?? ""}`.trim()
    )
  }
  const { provinces, special_routes } = parsed.data
  for (const route of special_routes) {
    for (const code of route) {
      if (!provinces[code]) {
        throw new Error(
          `The tariff's special route ${route.join("-")} names province ${code}, which is not in its province list.`
        )
      }
    }
  }
  return parsed.data
}

/** The example tariff shipped with the plugin (data/vnpost-example-tariff.json). */
export const exampleTariff: Tariff = parseTariff(exampleTariffFile)

type ProvinceIndex = Map<string, string>
const provinceIndexes = new WeakMap<Tariff, ProvinceIndex>()

const provinceIndex = (tariff: Tariff): ProvinceIndex => {
  const known = provinceIndexes.get(tariff)
  if (known) {
    return known
  }
  const index: ProvinceIndex = new Map()
  for (const [code, province] of Object.entries(tariff.provinces)) {
    index.set(foldName(province.name), code)
    index.set(foldName(province.full_name), code)
  }
  provinceIndexes.set(tariff, index)
  return index
}

/**
 * The 2025 province code for a code or a province name. Stock locations keep the province's full
 * name in their address and carts keep the code, so both are accepted.
 */
export const resolveProvinceCode = (
  value: string,
  tariff: Tariff = exampleTariff
): string => {
  const trimmed = value.trim()
  if (tariff.provinces[trimmed]) {
    return trimmed
  }
  const code = provinceIndex(tariff).get(foldName(trimmed))
  if (!code) {
    throw new QuoteError(
      "unknown_province",
      `"${value}" is not one of the 34 provinces in force since 1 July 2025; give its two-digit code (for example "01" for Hà Nội).`
    )
  }
  return code
}

export const regionOf = (
  province: string,
  tariff: Tariff = exampleTariff
): Region => {
  const code = resolveProvinceCode(province, tariff)
  const entry = tariff.provinces[code]
  if (!entry) {
    throw new QuoteError(
      "unknown_province",
      `Province ${code} is not in the tariff.`
    )
  }
  return entry.region
}

export const zoneBetween = (
  fromProvince: string,
  toProvince: string,
  tariff: Tariff = exampleTariff
): Zone => {
  const from = resolveProvinceCode(fromProvince, tariff)
  const to = resolveProvinceCode(toProvince, tariff)
  if (from === to) {
    return "same_province"
  }
  const special = tariff.special_routes.some(
    ([a, b]) => (a === from && b === to) || (a === to && b === from)
  )
  if (special) {
    return "special_route"
  }
  return regionOf(from, tariff) === regionOf(to, tariff)
    ? "same_region"
    : "between_regions"
}

const serviceRate = (service: string, tariff: Tariff) => {
  if (service !== "standard" && service !== "express") {
    throw new QuoteError(
      "unknown_service",
      `"${service}" is not a delivery service; use "standard" or "express".`
    )
  }
  return tariff.services[service]
}

export const deliveryDays = (
  service: ServiceCode,
  fromProvince: string,
  toProvince: string,
  tariff: Tariff = exampleTariff
): DeliveryDays => {
  const zone = zoneBetween(fromProvince, toProvince, tariff)
  const { min, max } = serviceRate(service, tariff).zones[zone].delivery_days
  return { min, max }
}

const isNonNegative = (value: number | undefined): value is number =>
  typeof value === "number" && Number.isFinite(value) && value >= 0

/**
 * The weight the courier charges for, in whole grams: the greater of the actual weight and the
 * volumetric weight L×W×H / divisor (cm³ per kg). Without all three sides only the actual weight
 * counts.
 */
export const chargedWeight = (
  parcel: Parcel,
  tariff: Tariff = exampleTariff
): number => {
  if (!isNonNegative(parcel.weight_g)) {
    throw new QuoteError(
      "invalid_parcel",
      "The parcel's weight must be a number of grams, zero or more."
    )
  }
  const sides = [parcel.length_cm, parcel.width_cm, parcel.height_cm]
  for (const side of sides) {
    if (side !== undefined && !isNonNegative(side)) {
      throw new QuoteError(
        "invalid_parcel",
        "The parcel's length, width and height must be centimetres, zero or more."
      )
    }
  }
  const actual = Math.ceil(parcel.weight_g)
  const [length, width, height] = sides
  if (length === undefined || width === undefined || height === undefined) {
    return actual
  }
  const volumetric = Math.ceil(
    (length * width * height * 1000) / tariff.volumetric_divisor
  )
  return Math.max(actual, volumetric)
}

/** Whether a commune pays the remote surcharge: a rural "Xã" or a "Đặc khu", not a "Phường". */
export const isRemoteCommune = (
  communeName: string,
  tariff: Tariff = exampleTariff
): boolean => {
  const name = foldName(communeName)
  return tariff.remote.commune_name_prefixes.some((prefix) => {
    const folded = foldName(prefix)
    return name === folded || name.startsWith(`${folded} `)
  })
}

export type ParcelItem = {
  quantity: number
  /** Grams per unit; a unit without a weight counts as DEFAULT_UNIT_WEIGHT_G. */
  weight?: number | null
  length?: number | null
  width?: number | null
  height?: number | null
}

/** What an unweighed unit counts as, so that a missing weight never makes a parcel look light. */
export const DEFAULT_UNIT_WEIGHT_G = 500

const positive = (value: number | null | undefined): number | undefined =>
  typeof value === "number" && Number.isFinite(value) && value > 0
    ? value
    : undefined

/**
 * One parcel for a cooperative's items: the weights of all units added up; the units stacked, so
 * the box is as long and as wide as the largest unit and as high as all units' heights together.
 * Units without all three sides add their weight only; with no measured unit the parcel has no
 * size and is charged on weight alone.
 */
export const parcelFromItems = (items: readonly ParcelItem[]): Parcel => {
  let weight = 0
  let length = 0
  let width = 0
  let height = 0
  for (const item of items) {
    const quantity = Number.isFinite(item.quantity)
      ? Math.max(0, item.quantity)
      : 0
    weight += quantity * (positive(item.weight) ?? DEFAULT_UNIT_WEIGHT_G)
    const l = positive(item.length)
    const w = positive(item.width)
    const h = positive(item.height)
    if (quantity > 0 && l && w && h) {
      length = Math.max(length, l)
      width = Math.max(width, w)
      height += quantity * h
    }
  }
  const parcel: Parcel = { weight_g: Math.ceil(weight) }
  if (height > 0) {
    parcel.length_cm = length
    parcel.width_cm = width
    parcel.height_cm = height
  }
  return parcel
}

const checkAmount = (name: string, value: number): number => {
  if (!Number.isFinite(value) || value < 0 || !Number.isInteger(value)) {
    throw new QuoteError(
      "invalid_amount",
      `The ${name} must be a whole number of đồng, zero or more.`
    )
  }
  return value
}

/** A share of an amount in basis points (100 bp = 1%), rounded to whole đồng. */
const share = (amount: number, basisPoints: number): number =>
  Math.round((amount * basisPoints) / 10_000)

export const codFee = (codAmount: number, tariff: Tariff = exampleTariff) => {
  const { free_up_to, rate_bp, minimum } = tariff.cod
  const amount = checkAmount("COD amount", codAmount)
  if (amount <= free_up_to) {
    return 0
  }
  return Math.max(minimum, share(amount, rate_bp))
}

export const insuranceFee = (
  declaredValue: number,
  tariff: Tariff = exampleTariff
) => {
  const { free_up_to, flat_up_to, flat, rate_bp_above } = tariff.insurance
  const value = checkAmount("declared value", declaredValue)
  if (value <= free_up_to) {
    return 0
  }
  if (value <= flat_up_to) {
    return flat
  }
  return share(value, rate_bp_above)
}

/** The table price of one parcel (see TARIFF.md for every figure and rule). */
export const quoteTable = (
  input: QuoteInput,
  tariff: Tariff = exampleTariff
): TableQuote => {
  const rate = serviceRate(input.service, tariff)
  const zone = zoneBetween(
    input.from.province_code,
    input.to.province_code,
    tariff
  )
  const zoneRate = rate.zones[zone]
  const charged = chargedWeight(input.parcel, tariff)
  const steps = Math.max(
    0,
    Math.ceil((charged - zoneRate.first_weight_g) / zoneRate.step_weight_g)
  )
  const base = zoneRate.base
  const weightSteps = steps * zoneRate.step_price
  const remote = isRemoteCommune(input.to.commune_name, tariff)
    ? rate.remote_surcharge
    : 0
  const cod = codFee(input.cod_amount, tariff)
  const insurance = insuranceFee(input.declared_value, tariff)
  const beforeVat = base + weightSteps + remote + cod + insurance
  const vat = share(beforeVat, tariff.vat_rate_bp)
  return {
    amount: beforeVat + vat,
    service: input.service,
    zone,
    charged_weight_g: charged,
    delivery_days: { ...zoneRate.delivery_days },
    breakdown: {
      base,
      weight_steps: weightSteps,
      remote,
      cod_fee: cod,
      insurance,
      vat,
    },
    tariff_version: tariff.version,
  }
}
