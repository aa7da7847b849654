import { medusaIntegrationTestRunner } from "@medusajs/test-utils"

import { storefrontHeaders } from "../helpers/storefront-key"

jest.setTimeout(120 * 1000)

type Province = {
  code: string
  name: string
  name_en: string
  full_name: string
}
type Commune = Province & { province_code: string }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let storefront: { headers: Record<string, string> }

    beforeEach(async () => {
      storefront = await storefrontHeaders(getContainer())
    })

    const get = (url: string) =>
      api
        .get(url, storefront)
        .catch(
          (error: { response: { status: number; data: unknown } }) =>
            error.response
        )

    describe("GET /store/vn/provinces", () => {
      it("lists the 34 provinces of 2025, Lào Cai among them", async () => {
        const response = await get("/store/vn/provinces")
        expect(response.status).toBe(200)
        const provinces = response.data.provinces as Province[]
        expect(provinces).toHaveLength(34)
        expect(provinces).toContainEqual(
          expect.objectContaining({
            code: "15",
            name: "Lào Cai",
            name_en: "Lao Cai",
            full_name: "Tỉnh Lào Cai",
          })
        )
      })

      it("rejects query parameters it does not take with a 400 naming them", async () => {
        const response = await get("/store/vn/provinces?limit=5")
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("Unknown parameter: limit")
      })
    })

    describe("GET /store/vn/ethnic-groups", () => {
      it("lists Vietnam's 54 ethnic groups with codes and names in both languages", async () => {
        const response = await get("/store/vn/ethnic-groups")
        expect(response.status).toBe(200)
        const groups = response.data.ethnic_groups as {
          code: string
          name_vi: string
          name_en: string
        }[]
        expect(groups).toHaveLength(54)
        expect(new Set(groups.map((group) => group.code)).size).toBe(54)
        expect(groups).toContainEqual({
          code: "mong",
          name_vi: "Mông",
          name_en: "Hmong",
        })
      })

      it("rejects query parameters it does not take", async () => {
        const response = await get("/store/vn/ethnic-groups?q=mong")
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("Unknown parameter: q")
      })
    })

    describe("GET /store/vn/provinces/:code/communes", () => {
      it("adds up to 3,321 communes and wards across all provinces", async () => {
        const { data } = await get("/store/vn/provinces")
        let total = 0
        for (const province of data.provinces as Province[]) {
          const response = await get(
            `/store/vn/provinces/${province.code}/communes`
          )
          expect(response.status).toBe(200)
          const communes = response.data.communes as Commune[]
          expect(communes.every((c) => c.province_code === province.code)).toBe(
            true
          )
          total += communes.length
        }
        expect(total).toBe(3321)
      })

      it("answers 400 for a malformed province code and 404 for an unknown one", async () => {
        const malformed = await get("/store/vn/provinces/lao-cai/communes")
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toBe(
          "A province code is two digits, for example 15 (Lào Cai)."
        )

        const unknown = await get("/store/vn/provinces/99/communes")
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toContain(
          "There is no province with code 99"
        )
      })
    })

    describe("GET /store/vn/communes/:code", () => {
      it("returns Trạm Tấu with its province, Lào Cai", async () => {
        const response = await get("/store/vn/communes/04606")
        expect(response.status).toBe(200)
        expect(response.data.commune).toEqual({
          code: "04606",
          name: "Trạm Tấu",
          name_en: "Tram Tau",
          full_name: "Xã Trạm Tấu",
          full_name_en: "Tram Tau Commune",
          province_code: "15",
          province: expect.objectContaining({ code: "15", name: "Lào Cai" }),
        })
      })

      it("answers 400 for a malformed code and 404 for an unknown one", async () => {
        const malformed = await get("/store/vn/communes/4606")
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toContain("five digits")

        const unknown = await get("/store/vn/communes/99999")
        expect(unknown.status).toBe(404)
        expect(unknown.data.message).toContain("legacy-communes/99999")
      })
    })

    describe("GET /store/vn/legacy-communes/:old_code", () => {
      it("maps an old commune that was split to every unit it became", async () => {
        const response = await get("/store/vn/legacy-communes/00007")
        expect(response.status).toBe(200)
        expect(response.data.legacy_commune).toMatchObject({
          code: "00007",
          full_name: "Phường Cống Vị",
          old_province_name: "Thành phố Hà Nội",
        })
        expect(
          (response.data.communes as Commune[]).map((c) => c.full_name).sort()
        ).toEqual(["Phường Giảng Võ", "Phường Ngọc Hà"])
      })

      it("follows a commune of former Yên Bái into today's Lào Cai", async () => {
        const response = await get("/store/vn/legacy-communes/04600")
        expect(response.status).toBe(200)
        expect(response.data.legacy_commune.old_province_name).toBe(
          "Tỉnh Yên Bái"
        )
        expect(response.data.communes).toEqual([
          expect.objectContaining({
            code: "04606",
            name: "Trạm Tấu",
            province: expect.objectContaining({ name: "Lào Cai" }),
          }),
        ])
      })

      it("answers 400 for a malformed code and 404 for one that never existed", async () => {
        const malformed = await get("/store/vn/legacy-communes/abc")
        expect(malformed.status).toBe(400)
        expect(malformed.data.message).toContain(
          "old (pre-2025) commune code is five digits"
        )

        const unknown = await get("/store/vn/legacy-communes/99999")
        expect(unknown.status).toBe(404)
      })
    })
  },
})
