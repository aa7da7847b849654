import {
  certificateState,
  EXPIRES_SOON_DAYS,
  isCertificationType,
} from "../certificates"

const NOW = new Date("2026-06-01T03:00:00Z")
const daysFromNow = (days: number) =>
  new Date(NOW.getTime() + days * 24 * 60 * 60 * 1000).toISOString()

describe("certificateState", () => {
  it("is valid without an expiry date (a geographical indication)", () => {
    expect(certificateState(null, NOW)).toBe("valid")
  })

  it("is valid while more than 90 days are left", () => {
    expect(certificateState(daysFromNow(EXPIRES_SOON_DAYS + 1), NOW)).toBe(
      "valid"
    )
    expect(certificateState("2027-03-18T00:00:00.000Z", NOW)).toBe("valid")
  })

  it("expires soon within 90 days", () => {
    expect(certificateState(daysFromNow(EXPIRES_SOON_DAYS), NOW)).toBe(
      "expiring"
    )
    expect(certificateState(daysFromNow(1), NOW)).toBe("expiring")
  })

  it("is expired at and after the expiry instant", () => {
    expect(certificateState(NOW.toISOString(), NOW)).toBe("expired")
    expect(certificateState("2024-10-05T00:00:00.000Z", NOW)).toBe("expired")
  })

  it("never shows an unreadable date as valid", () => {
    expect(certificateState("not a date", NOW)).toBe("expired")
  })
})

describe("isCertificationType", () => {
  it("knows the five types and nothing else", () => {
    expect(
      ["OCOP", "VietGAP", "GI", "organic", "collective_mark"].every(
        isCertificationType
      )
    ).toBe(true)
    expect(isCertificationType("ocop")).toBe(false)
    expect(isCertificationType("")).toBe(false)
  })
})
