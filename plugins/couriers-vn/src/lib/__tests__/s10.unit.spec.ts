import {
  isValidS10,
  s10CheckDigit,
  s10TrackingNumber,
  S10_SERVICE_LETTERS,
} from "../s10"

describe("UPU S10 tracking numbers", () => {
  it("gives the UPU's published example its check digit: AA 47312482 9 GB", () => {
    // 4×8 + 7×6 + 3×4 + 1×2 + 2×3 + 4×5 + 8×9 + 2×7 = 200; 200 mod 11 = 2; 11 − 2 = 9.
    expect(s10CheckDigit("47312482")).toBe(9)
    expect(s10TrackingNumber("AA", 47312482, "GB")).toBe("AA473124829GB")
  })

  it("issues EE123456785VN for serial 12345678 under the EMS letters", () => {
    // 8 + 12 + 12 + 8 + 15 + 30 + 63 + 56 = 204; 204 mod 11 = 6; 11 − 6 = 5.
    expect(s10TrackingNumber(S10_SERVICE_LETTERS.express, 12345678)).toBe(
      "EE123456785VN"
    )
  })

  it("writes 0 when 11 − r is 10 (remainder 1)", () => {
    // 00000008: 8 × 7 = 56; 56 mod 11 = 1 → 10 → 0.
    expect(s10CheckDigit("00000008")).toBe(0)
    // 12345614: 8 + 12 + 12 + 8 + 15 + 30 + 9 + 28 = 122; 122 mod 11 = 1.
    expect(s10TrackingNumber("EE", 12345614)).toBe("EE123456140VN")
  })

  it("writes 5 when 11 − r is 11 (remainder 0)", () => {
    expect(s10CheckDigit("00000000")).toBe(5)
    // 12345602: 8 + 12 + 12 + 8 + 15 + 30 + 0 + 14 = 99; 99 mod 11 = 0.
    expect(s10TrackingNumber("CP", 12345602)).toBe("CP123456025VN")
  })

  it("accepts well-formed numbers and refuses a wrong check digit or shape", () => {
    expect(isValidS10("EE123456785VN")).toBe(true)
    expect(isValidS10("AA473124829GB")).toBe(true)
    expect(isValidS10("EE123456784VN")).toBe(false)
    expect(isValidS10("EE12345678VN")).toBe(false)
    expect(isValidS10("ee123456785vn")).toBe(false)
    for (let serial = 0; serial < 200; serial += 1) {
      expect(isValidS10(s10TrackingNumber("CP", serial))).toBe(true)
    }
  })

  it("refuses serials that do not fit in eight digits and letters that are not two capitals", () => {
    expect(() => s10TrackingNumber("EE", 100_000_000)).toThrow(RangeError)
    expect(() => s10TrackingNumber("EE", -1)).toThrow(RangeError)
    expect(() => s10TrackingNumber("E1", 5)).toThrow(RangeError)
    expect(() => s10CheckDigit("1234567")).toThrow(RangeError)
  })
})
