import { formatVnMobile, normalizeVnMobile } from "../phone"

describe("normalizeVnMobile", () => {
  it("reads the ways people type a mobile number as 0xxxxxxxxx", () => {
    expect(normalizeVnMobile("0912345678")).toBe("0912345678")
    expect(normalizeVnMobile("0912 345 678")).toBe("0912345678")
    expect(normalizeVnMobile("091.234.5678")).toBe("0912345678")
    expect(normalizeVnMobile("091-234-5678")).toBe("0912345678")
    expect(normalizeVnMobile("+84912345678")).toBe("0912345678")
    expect(normalizeVnMobile("+84 912 345 678")).toBe("0912345678")
    expect(normalizeVnMobile("(+84) 86 123 4567")).toBe("0861234567")
    expect(normalizeVnMobile("84389123456")).toBe("0389123456")
  })

  it("accepts every mobile prefix since the 2018 renumbering", () => {
    for (const prefix of ["03", "05", "07", "08", "09"]) {
      expect(normalizeVnMobile(`${prefix}12345678`)).toBe(`${prefix}12345678`)
    }
  })

  it("refuses landlines, old 11-digit numbers, short numbers and words", () => {
    expect(normalizeVnMobile("02438251234")).toBeUndefined()
    expect(normalizeVnMobile("01689123456")).toBeUndefined()
    expect(normalizeVnMobile("091234567")).toBeUndefined()
    expect(normalizeVnMobile("09123456789")).toBeUndefined()
    expect(normalizeVnMobile("+8491234567")).toBeUndefined()
    expect(normalizeVnMobile("0912abc678")).toBeUndefined()
    expect(normalizeVnMobile("")).toBeUndefined()
  })
})

describe("formatVnMobile", () => {
  it("groups a mobile number 4-3-3", () => {
    expect(formatVnMobile("0912345678")).toBe("0912 345 678")
    expect(formatVnMobile("+84912345678")).toBe("0912 345 678")
  })

  it("leaves anything that is not a mobile number as it was", () => {
    expect(formatVnMobile("024 3825 1234")).toBe("024 3825 1234")
    expect(formatVnMobile("")).toBe("")
  })
})
