import { z } from "@medusajs/framework/zod"

const money = z.number().int().min(0).max(100_000_000)
const basisPoints = z.number().int().min(0).max(10_000)
const grams = z.number().int().min(1).max(1_000_000)
const days = z.number().int().min(0).max(60)

const ZoneRate = z
  .object({
    first_weight_g: grams,
    base: money,
    step_weight_g: grams,
    step_price: money,
    delivery_days: z
      .object({ min: days, max: days })
      .strict()
      .refine((value) => value.min <= value.max, {
        message: "delivery_days.min must not exceed delivery_days.max",
      }),
  })
  .strict()

const ServiceRate = z
  .object({
    name: z.string().min(1).max(100),
    zones: z
      .object({
        same_province: ZoneRate,
        same_region: ZoneRate,
        special_route: ZoneRate,
        between_regions: ZoneRate,
      })
      .strict(),
    remote_surcharge: money,
  })
  .strict()

const Region = z.enum(["north", "centre", "south"])
const ProvinceCode = z.string().regex(/^\d{2}$/)

/** The shape of a tariff file such as data/vnpost-example-tariff.json (see TARIFF.md). */
export const TariffSchema = z
  .object({
    example: z.boolean(),
    label: z.string().min(1).max(500),
    version: z.string().min(1).max(50),
    effective_from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    currency_code: z.literal("vnd"),
    sources: z.array(z.string().min(1).max(500)).min(1).max(20),
    volumetric_divisor: z.number().int().min(1000).max(10_000),
    regions: z.record(Region, z.string().min(1).max(50)),
    provinces: z.record(
      ProvinceCode,
      z
        .object({
          name: z.string().min(1).max(100),
          full_name: z.string().min(1).max(100),
          region: Region,
        })
        .strict()
    ),
    special_routes: z.array(z.tuple([ProvinceCode, ProvinceCode])).max(100),
    services: z
      .object({ standard: ServiceRate, express: ServiceRate })
      .strict(),
    remote: z
      .object({
        commune_name_prefixes: z.array(z.string().min(1).max(20)).max(10),
      })
      .strict(),
    cod: z
      .object({ free_up_to: money, rate_bp: basisPoints, minimum: money })
      .strict(),
    insurance: z
      .object({
        free_up_to: money,
        flat_up_to: money,
        flat: money,
        rate_bp_above: basisPoints,
      })
      .strict(),
    vat_rate_bp: basisPoints,
    rounding: z.string().min(1).max(500),
  })
  .strict()

export type Tariff = z.infer<typeof TariffSchema>
export type Region = z.infer<typeof Region>
