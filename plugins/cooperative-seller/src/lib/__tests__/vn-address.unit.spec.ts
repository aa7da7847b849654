import VnAdminModuleService from "../../modules/vn-admin/service"
import { checkVietnameseAddress, normalizeVietnamesePhone } from "../vn-address"

const places = new VnAdminModuleService()

const hanoi = {
  first_name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  address_1: "Số 12 phố Đội Cấn",
  country_code: "vn",
  province: "01",
  city: "Ba Đình",
  metadata: { commune_code: "00004" },
}

describe("Vietnamese mobile numbers", () => {
  it.each([
    ["0912345678", "0912345678"],
    ["0912 345 678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["84-387-654-321", "0387654321"],
    ["0 5 6 1 2 3 4 5 6 7", "0561234567"],
  ])("accepts %s as %s", (input, expected) => {
    expect(normalizeVietnamesePhone(input)).toBe(expected)
  })

  it.each([
    "091234567",
    "09123456789",
    "0212345678",
    "+1 912 345 678",
    "0912-345-67a",
    "",
  ])("refuses %s", (input) => {
    expect(normalizeVietnamesePhone(input)).toBeNull()
  })
})

describe("delivery addresses in the 2025 units", () => {
  it("normalises a good address: commune's full name, its code, a 0-prefixed phone", () => {
    const result = checkVietnameseAddress(places, hanoi, "shipping_address")
    expect(result).toEqual({
      ok: true,
      address: {
        ...hanoi,
        phone: "0912345678",
        city: "Phường Ba Đình",
        metadata: { commune_code: "00004" },
      },
    })
  })

  it.each([
    [
      { province: "99" },
      "shipping_address.province",
      "one of the 34 provinces",
    ],
    [
      { province: "Hà Nội" },
      "shipping_address.province",
      "one of the 34 provinces",
    ],
    [
      { metadata: { commune_code: "04606" } },
      "shipping_address.metadata.commune_code",
      "of Thành phố Hà Nội",
    ],
    [
      { metadata: {} },
      "shipping_address.metadata.commune_code",
      "GET /store/vn/provinces/01/communes",
    ],
    [
      { city: "Phường Hoàn Kiếm" },
      "shipping_address.city",
      "is Phường Ba Đình",
    ],
    [{ phone: "12345" }, "shipping_address.phone", "Vietnamese mobile number"],
    [{ first_name: "  " }, "shipping_address.first_name", "recipient's name"],
    [{ address_1: "" }, "shipping_address.address_1", "hamlet"],
    [
      { country_code: "us" },
      "shipping_address.country_code",
      "only in Vietnam",
    ],
  ])("refuses %j at %s with a sentence", (change, field, words) => {
    const result = checkVietnameseAddress(
      places,
      { ...hanoi, ...change },
      "shipping_address"
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.field).toBe(field)
      expect(result.message).toContain(words)
    }
  })
})
