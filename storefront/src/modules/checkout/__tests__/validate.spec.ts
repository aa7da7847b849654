import {
  type ContactInput,
  contactProblems,
  fieldOfAddressMessage,
  normalizeMobile,
} from "../validate"

const valid: ContactInput = {
  email: "lan@example.com",
  name: "Nguyễn Thị Lan",
  phone: "0912 345 678",
  province_code: "01",
  commune_code: "00004",
  address_1: "12 Phố Đội Cấn",
}

describe("normalizeMobile", () => {
  it.each([
    ["0912345678", "0912345678"],
    ["0912 345 678", "0912345678"],
    ["091.234.5678", "0912345678"],
    ["091-234-5678", "0912345678"],
    ["+84 912 345 678", "0912345678"],
    ["+84912345678", "0912345678"],
    ["84912345678", "0912345678"],
    ["(+84) 352 123 456", "0352123456"],
    ["0868123456", "0868123456"],
    ["0704123456", "0704123456"],
    ["0523123456", "0523123456"],
  ])("reads %s as %s", (typed, expected) => {
    expect(normalizeMobile(typed)).toBe(expected)
  })

  it.each([
    ["", "empty"],
    ["091234567", "nine digits"],
    ["09123456789", "eleven digits"],
    ["0212345678", "a landline prefix"],
    ["0412345678", "an unused prefix"],
    ["1912345678", "no leading 0"],
    ["+8491234567", "too short after +84"],
    ["09123a5678", "a letter"],
  ])("refuses %s (%s)", (typed) => {
    expect(normalizeMobile(typed)).toBeUndefined()
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
    ["shipping_address.phone must be a Vietnamese mobile number", "phone"],
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
