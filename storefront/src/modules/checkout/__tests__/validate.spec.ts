import {
  type ContactInput,
  contactProblems,
  fieldOfAddressMessage,
  phoneProblem,
} from "../validate"

const valid: ContactInput = {
  email: "lan@example.com",
  name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  province_code: "01",
  commune_code: "00004",
  address_1: "12 Phố Đội Cấn",
}

describe("phoneProblem", () => {
  it("accepts a mobile number however it is spaced or prefixed", () => {
    expect(phoneProblem("0912 345 678")).toBeUndefined()
    expect(phoneProblem("+84 912 345 678")).toBeUndefined()
  })

  it("asks for a number, then for a mobile one", () => {
    expect(phoneProblem("  ")).toEqual({ key: "required" })
    expect(phoneProblem("091 234 567")).toEqual({ key: "badPhone" })
    expect(phoneProblem("024 3825 1234")).toEqual({ key: "badPhone" })
  })
})

describe("contactProblems", () => {
  it("finds nothing wrong with a complete Hà Nội address", () => {
    expect(contactProblems(valid)).toEqual({})
  })

  it("names every missing field", () => {
    expect(
      contactProblems({
        email: "",
        name: " ",
        phone: "",
        province_code: "",
        commune_code: "",
        address_1: "",
      })
    ).toEqual({
      email: { key: "required" },
      name: { key: "required" },
      phone: { key: "required" },
      province_code: { key: "required" },
      commune_code: { key: "required" },
      address_1: { key: "required" },
    })
  })

  it("says what is wrong with a bad e-mail, phone or long line", () => {
    expect(
      contactProblems({
        ...valid,
        email: "lan@example",
        phone: "024 3825 1234",
        address_1: "x".repeat(201),
      })
    ).toEqual({
      email: { key: "badEmail" },
      phone: { key: "badPhone" },
      address_1: { key: "tooLong", max: 200 },
    })
  })

  it("refuses codes that are not the 2025 units' shape", () => {
    expect(
      contactProblems({ ...valid, province_code: "1", commune_code: "4" })
    ).toEqual({
      province_code: { key: "required" },
      commune_code: { key: "required" },
    })
  })
})

describe("fieldOfAddressMessage", () => {
  it.each([
    [
      "Enter a Vietnamese mobile number in shipping_address.phone, such as 0912 345 678 or +84 912 345 678, so that the courier can call.",
      "phone",
    ],
    [
      "shipping_address.metadata.commune_code must be the code of a 2025 commune or ward of Thành phố Hà Nội; GET /store/vn/provinces/01/communes lists them.",
      "commune_code",
    ],
    ["Số điện thoại không đúng", "phone"],
    ["The commune 00004 is not in province 79", "commune_code"],
    ["metadata.commune_code must be a 2025 commune code", "commune_code"],
    ["province must be one of the 34 provinces of 2025", "province_code"],
    ["email must be an e-mail address", "email"],
    ["first_name is required", "name"],
    ["address_1 is too long", "address_1"],
  ])("puts %j next to %s", (message, field) => {
    expect(fieldOfAddressMessage(message)).toBe(field)
  })

  it("leaves a sentence about nothing in the form above it", () => {
    expect(
      fieldOfAddressMessage("The cart was already completed")
    ).toBeUndefined()
  })
})
