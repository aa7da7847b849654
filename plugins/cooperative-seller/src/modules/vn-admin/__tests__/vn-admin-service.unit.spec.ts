import { MedusaError } from "@medusajs/framework/utils"

import { isCommuneCode, isProvinceCode } from "../codes"
import VnAdminModuleService from "../service"

const service = new VnAdminModuleService()

const errorOf = (fn: () => unknown): MedusaError => {
  try {
    fn()
  } catch (error) {
    return error as MedusaError
  }
  throw new Error("expected an error")
}

describe("administrative-unit codes", () => {
  it.each(["01", "15", "96"])("accepts the province code %s", (code) => {
    expect(isProvinceCode(code)).toBe(true)
  })

  it.each(["1", "015", "ab", "", "1a", " 15"])(
    "rejects the province code %p",
    (code) => {
      expect(isProvinceCode(code)).toBe(false)
    }
  )

  it.each(["00004", "04606"])("accepts the commune code %s", (code) => {
    expect(isCommuneCode(code)).toBe(true)
  })

  it.each(["4606", "046060", "0460a", ""])(
    "rejects the commune code %p",
    (code) => {
      expect(isCommuneCode(code)).toBe(false)
    }
  )
})

describe("VnAdminModuleService", () => {
  it("holds the 34 provinces and 3,321 communes of 2025", () => {
    expect(service.listProvinces()).toHaveLength(34)
    expect(service.countCommunes()).toBe(3321)
    const total = service
      .listProvinces()
      .reduce((sum, p) => sum + service.listCommunes(p.code).length, 0)
    expect(total).toBe(3321)
  })

  it("knows that Côn Minh (former Bắc Kạn) is now in Thái Nguyên", () => {
    const commune = service.retrieveCommune("02185")
    expect(commune.full_name).toBe("Xã Côn Minh")
    expect(commune.province.name).toBe("Thái Nguyên")
  })

  it("tells a malformed code (invalid data) from an unknown one (not found)", () => {
    expect(errorOf(() => service.retrieveCommune("2185")).type).toBe(
      MedusaError.Types.INVALID_DATA
    )
    expect(errorOf(() => service.retrieveCommune("99999")).type).toBe(
      MedusaError.Types.NOT_FOUND
    )
    expect(errorOf(() => service.listCommunes("xx")).type).toBe(
      MedusaError.Types.INVALID_DATA
    )
    expect(errorOf(() => service.listCommunes("99")).type).toBe(
      MedusaError.Types.NOT_FOUND
    )
  })

  it("maps old communes to the unit(s) they became, including splits", () => {
    const split = service.retrieveLegacyCommune("00007")
    expect(split.communes.map((c) => c.code).sort()).toEqual(["00008", "00025"])
    const caoPhong = service.retrieveLegacyCommune("05089")
    expect(caoPhong.old_province_name).toBe("Tỉnh Hoà Bình")
    expect(caoPhong.communes.map((c) => c.province.name)).toEqual(["Phú Thọ"])
  })
})
