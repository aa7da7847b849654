import { readFileSync } from "node:fs"
import { join } from "node:path"

import { ETHNIC_GROUP_CODES } from "../../../plugins/cooperative-seller/src/modules/cooperative/ethnic-groups"
import { CATEGORIES, COOPERATIVES, PRODUCTS } from "../catalogue"
import { ILLUSTRATION_MOTIFS } from "../images/illustration-svg"
import type { SeedCertification } from "../catalogue"

type Ward = { Code: string; Name: string; ProvinceCode: string }
type Province = { Code: string; Name: string; Wards: Ward[] }

const provinces = JSON.parse(
  readFileSync(
    join(
      __dirname,
      "../../../plugins/cooperative-seller/data/vn-admin/units-2025.json"
    ),
    "utf8"
  )
) as Province[]

/** Commune code → province code, from the 2025 list. */
const provinceOf = new Map<string, string>(
  provinces.flatMap((p) =>
    p.Wards.map((w): [string, string] => [w.Code, p.Code])
  )
)

const coopByHandle = new Map(COOPERATIVES.map((c) => [c.handle, c]))
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

function texts(): [string, string][] {
  return [
    ...COOPERATIVES.flatMap((c): [string, string][] => [
      [`${c.handle} story_vi`, c.story_vi],
      [`${c.handle} story_en`, c.story_en],
    ]),
    ...PRODUCTS.flatMap((p): [string, string][] => [
      [`${p.handle} origin.story_vi`, p.origin.story_vi],
      [`${p.handle} origin.story_en`, p.origin.story_en],
    ]),
  ]
}

describe("demo catalogue", () => {
  it("has at least 12 cooperatives in at least 8 provinces", () => {
    expect(COOPERATIVES.length).toBeGreaterThanOrEqual(12)
    const used = new Set(
      COOPERATIVES.map((c) => provinceOf.get(c.commune_code))
    )
    used.delete(undefined)
    expect(used.size).toBeGreaterThanOrEqual(8)
  })

  it("has at least 60 products, and at least 6 in every category", () => {
    expect(PRODUCTS.length).toBeGreaterThanOrEqual(60)
    expect(CATEGORIES).toHaveLength(6)
    for (const category of CATEGORIES) {
      const count = PRODUCTS.filter((p) => p.category === category.handle)
      expect([category.handle, count.length >= 6]).toEqual([
        category.handle,
        true,
      ])
    }
  })

  it("places every cooperative and every origin in a real 2025 commune", () => {
    const unknown = [
      ...COOPERATIVES.map((c) => c.commune_code),
      ...PRODUCTS.map((p) => p.origin.commune_code),
    ].filter((code) => !provinceOf.has(code))
    expect(unknown).toEqual([])
  })

  it("sells every product through a known cooperative, from that cooperative's province", () => {
    for (const product of PRODUCTS) {
      const coop = coopByHandle.get(product.cooperative)
      expect([product.handle, coop?.handle]).toEqual([
        product.handle,
        product.cooperative,
      ])
      expect([
        product.handle,
        provinceOf.get(product.origin.commune_code),
      ]).toEqual([product.handle, provinceOf.get(coop?.commune_code ?? "")])
    }
  })

  it("uses unique handles and SKUs", () => {
    const coopHandles = COOPERATIVES.map((c) => c.handle)
    const handles = PRODUCTS.map((p) => p.handle)
    const skus = PRODUCTS.flatMap((p) => p.variants.map((v) => v.sku))
    expect(new Set(coopHandles).size).toBe(coopHandles.length)
    expect(new Set(handles).size).toBe(handles.length)
    expect(new Set(skus).size).toBe(skus.length)
    for (const handle of [...coopHandles, ...handles]) {
      expect(handle).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
    for (const sku of skus) {
      expect(sku).toMatch(/^[A-Z0-9]+(-[A-Z0-9]+)*$/)
    }
  })

  it("prices every variant in whole đồng and keeps stock and weight sensible", () => {
    for (const product of PRODUCTS) {
      expect(product.variants.length).toBeGreaterThanOrEqual(1)
      expect(product.variants.length).toBeLessThanOrEqual(3)
      for (const v of product.variants) {
        expect([v.sku, Number.isInteger(v.price) && v.price > 0]).toEqual([
          v.sku,
          true,
        ])
        expect(Number.isInteger(v.stock) && v.stock >= 0).toBe(true)
        expect(v.weight_grams).toBeGreaterThan(0)
      }
      for (const size of [
        product.length_cm,
        product.width_cm,
        product.height_cm,
      ]) {
        expect(size).toBeGreaterThan(0)
      }
    }
  })

  it("counts households consistently", () => {
    for (const { handle, households: h } of COOPERATIVES) {
      expect([handle, h.total > 0]).toEqual([handle, true])
      for (const part of [h.poor, h.near_poor, h.ethnic_minority]) {
        expect([handle, part >= 0 && part <= h.total]).toEqual([handle, true])
      }
      expect(h.poor + h.near_poor).toBeLessThanOrEqual(h.total)
    }
  })

  it("uses only recognised ethnic group codes", () => {
    expect(ETHNIC_GROUP_CODES.size).toBe(54)
    const codes = [
      ...COOPERATIVES.flatMap((c) => c.ethnic_groups),
      ...PRODUCTS.map((p) => p.origin.ethnic_group),
    ]
    expect(codes.filter((code) => !ETHNIC_GROUP_CODES.has(code))).toEqual([])
  })

  it("keeps certificates well formed", () => {
    const all: SeedCertification[] = COOPERATIVES.flatMap(
      (c) => c.certifications
    )
    for (const cooperative of COOPERATIVES) {
      const keys = cooperative.certifications.map((c) => c.key)
      expect(new Set(keys).size).toBe(keys.length)
    }
    for (const cert of all) {
      expect(cert.issued_at).toMatch(ISO_DATE)
      if (cert.type === "OCOP") {
        expect([cert.key, cert.ocop_stars]).toEqual([
          cert.key,
          expect.any(Number),
        ])
        expect([3, 4, 5]).toContain(cert.ocop_stars)
      } else {
        expect([cert.key, cert.ocop_stars]).toEqual([cert.key, undefined])
      }
      if (cert.expires_at !== undefined) {
        expect(cert.expires_at).toMatch(ISO_DATE)
        expect([cert.key, cert.expires_at > cert.issued_at]).toEqual([
          cert.key,
          true,
        ])
      }
      if (cert.type === "OCOP" || cert.type === "VietGAP") {
        // OCOP lasts 36 months; VietGAP at most 24.
        const years = cert.type === "OCOP" ? 3 : 2
        const limit = `${Number(cert.issued_at.slice(0, 4)) + years}${cert.issued_at.slice(4)}`
        expect(cert.expires_at).toBeDefined()
        if (cert.type === "OCOP") expect(cert.expires_at).toBe(limit)
        else expect((cert.expires_at ?? "") <= limit).toBe(true)
      }
    }
  })

  it("lets products cite only their cooperative's certificates, at most one OCOP each", () => {
    for (const product of PRODUCTS) {
      const certs = coopByHandle.get(product.cooperative)?.certifications ?? []
      const cited = product.origin.certifications.map((key) =>
        certs.find((c) => c.key === key)
      )
      expect([product.handle, cited.includes(undefined)]).toEqual([
        product.handle,
        false,
      ])
      const ocop = cited.filter((c) => c?.type === "OCOP")
      expect(ocop.length).toBeLessThanOrEqual(1)
    }
  })

  it("shows at least 8 products with a 4★ or 5★ OCOP still valid on the demo date", () => {
    const demoDate = "2026-11-29"
    const strong = PRODUCTS.filter((product) => {
      const certs = coopByHandle.get(product.cooperative)?.certifications ?? []
      return product.origin.certifications.some((key) => {
        const cert = certs.find((c) => c.key === key)
        return (
          cert?.type === "OCOP" &&
          (cert.ocop_stars ?? 0) >= 4 &&
          (cert.expires_at ?? "") > demoDate
        )
      })
    })
    expect(strong.length).toBeGreaterThanOrEqual(8)
  })

  it("keeps commission rates within the marketplace's bounds", () => {
    for (const { commission_rate } of COOPERATIVES) {
      expect(commission_rate).toBeGreaterThanOrEqual(0)
      expect(commission_rate).toBeLessThanOrEqual(0.3)
    }
  })

  it("draws every cover and product with a known motif and a 2–3 colour palette", () => {
    const motifs: readonly string[] = ILLUSTRATION_MOTIFS
    const specs = [
      ...COOPERATIVES.map((c) => c.cover),
      ...PRODUCTS.map((p) => p.illustration),
    ]
    for (const spec of specs) {
      expect([spec.label, motifs.includes(spec.motif)]).toEqual([
        spec.label,
        true,
      ])
      expect(spec.palette.length).toBeGreaterThanOrEqual(2)
      expect(spec.palette.length).toBeLessThanOrEqual(3)
      for (const colour of spec.palette) {
        expect(colour).toMatch(/^#[0-9A-Fa-f]{6}$/)
      }
      expect(spec.label.trim().length).toBeGreaterThan(0)
      expect(spec.label.length).toBeLessThanOrEqual(40)
    }
  })

  it("gives harvest months between 1 and 12", () => {
    for (const product of PRODUCTS) {
      const months = product.origin.harvest_months
      expect(months.length).toBeGreaterThan(0)
      expect(new Set(months).size).toBe(months.length)
      for (const month of months) {
        expect([
          product.handle,
          Number.isInteger(month) && month >= 1 && month <= 12,
        ]).toEqual([product.handle, true])
      }
    }
  })

  it("tells every story in both languages, briefly", () => {
    for (const [where, text] of texts()) {
      expect([where, text.trim().length > 0]).toEqual([where, true])
      expect([where, text.length <= 2000]).toEqual([where, true])
    }
  })
})
