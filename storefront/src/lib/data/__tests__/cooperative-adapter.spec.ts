import {
  toCertification,
  toCooperative,
  toCooperativeWithProducts,
  toPlace,
} from "../cooperative-adapter"
import type { StoreCooperative } from "../store-types"

const BACKEND = "http://localhost:9000"
const NOW = new Date("2026-06-01T00:00:00Z")

const cooperative: StoreCooperative = {
  id: "coop_1",
  handle: "htx-son-tra-tram-tau",
  name: "HTX Sơn tra Đỉnh Mây Trạm Tấu",
  registration_number: "5200990101",
  province_code: "15",
  province_name: "Lào Cai",
  province_name_en: "Lao Cai",
  commune_code: "04606",
  commune_name: "Xã Trạm Tấu",
  commune_name_en: "Tram Tau Commune",
  address_line: "Bản Hát Lừu",
  founded_year: 2016,
  ethnic_groups: [
    { code: "mong", name_vi: "Mông", name_en: "Hmong" },
    { code: "thai", name_vi: "Thái", name_en: "Thai" },
  ],
  households: { total: 128, poor: 31, near_poor: 24, ethnic_minority: 125 },
  story_vi: "Trạm Tấu là vùng núi cao.",
  story_en: "Trạm Tấu is high mountain country.",
  cover_image: null,
  gallery: [],
  certifications: [
    {
      id: "cert_1",
      type: "OCOP",
      number: "OCOP-YB-2024-0187",
      ocop_stars: 4,
      issued_at: "2024-03-18T00:00:00.000Z",
      expires_at: "2026-07-01T00:00:00.000Z",
      issuer: "UBND tỉnh Yên Bái",
    },
    {
      id: "cert_2",
      type: "GI",
      number: "00046",
      ocop_stars: 5,
      issued_at: "2013-11-05T00:00:00.000Z",
      expires_at: null,
      issuer: " ",
    },
  ],
  product_count: 3,
}

describe("toCooperative", () => {
  it("reshapes a cooperative in Vietnamese", () => {
    expect(toCooperative(cooperative, "vi", BACKEND, NOW)).toMatchObject({
      handle: "htx-son-tra-tram-tau",
      registrationNumber: "5200990101",
      provinceName: "Lào Cai",
      communeName: "Xã Trạm Tấu",
      addressLine: "Bản Hát Lừu",
      foundedYear: 2016,
      ethnicGroups: [
        { code: "mong", name: "Mông" },
        { code: "thai", name: "Thái" },
      ],
      households: { total: 128, poor: 31, nearPoor: 24, ethnicMinority: 125 },
      story: "Trạm Tấu là vùng núi cao.",
      productCount: 3,
    })
  })

  it("reads the English names and story for en", () => {
    const english = toCooperative(cooperative, "en", BACKEND, NOW)
    expect(english.provinceName).toBe("Lao Cai")
    expect(english.communeName).toBe("Tram Tau Commune")
    expect(english.ethnicGroups.map((group) => group.name)).toEqual([
      "Hmong",
      "Thai",
    ])
    expect(english.story).toBe("Trạm Tấu is high mountain country.")
  })

  it("works out each certificate's state at the given time", () => {
    const { certifications } = toCooperative(cooperative, "vi", BACKEND, NOW)
    expect(certifications.map((c) => [c.type, c.state])).toEqual([
      ["OCOP", "expiring"],
      ["GI", "valid"],
    ])
  })

  it("leaves out a missing address line, founding year and cover", () => {
    const bare = toCooperative(
      { ...cooperative, address_line: null, founded_year: null },
      "vi",
      BACKEND,
      NOW
    )
    expect(bare).not.toHaveProperty("addressLine")
    expect(bare).not.toHaveProperty("foundedYear")
    expect(bare).not.toHaveProperty("cover")
  })

  it("carries its products as catalogue items", () => {
    const withProducts = toCooperativeWithProducts(
      { cooperative: { ...cooperative, products: [] } },
      "vi",
      BACKEND,
      NOW
    )
    expect(withProducts.products).toEqual([])
  })
})

describe("toCertification", () => {
  it("only keeps stars on OCOP certificates and drops a blank issuer", () => {
    const gi = toCertification(
      cooperative.certifications[1] ?? cooperative.certifications[0]!,
      NOW
    )
    expect(gi.ocopStars).toBeNull()
    expect(gi.issuer).toBeNull()
    expect(gi.expiresAt).toBeNull()
  })
})

describe("toPlace", () => {
  it("names a commune and its province in the page's language", () => {
    const commune = {
      code: "04606",
      name: "Trạm Tấu",
      name_en: "Tram Tau",
      full_name: "Xã Trạm Tấu",
      full_name_en: "Tram Tau Commune",
      province_code: "15",
      province: {
        code: "15",
        name: "Lào Cai",
        name_en: "Lao Cai",
        full_name: "Tỉnh Lào Cai",
        full_name_en: "Lao Cai Province",
      },
    }
    expect(toPlace(commune, "vi")).toEqual({
      communeCode: "04606",
      communeName: "Xã Trạm Tấu",
      provinceCode: "15",
      provinceName: "Lào Cai",
    })
    expect(toPlace(commune, "en").communeName).toBe("Tram Tau Commune")
  })
})
