import type { CertificateState, CertificationType } from "@/types/certification"

export const CERTIFICATION_TYPES: readonly CertificationType[] = [
  "OCOP",
  "VietGAP",
  "GI",
  "organic",
  "collective_mark",
]

export const isCertificationType = (
  value: string
): value is CertificationType =>
  (CERTIFICATION_TYPES as readonly string[]).includes(value)

/** A certificate that lapses within this many days is shown as "expires soon". */
export const EXPIRES_SOON_DAYS = 90

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Valid, expiring within 90 days, or expired, at `now`. A certificate without an expiry date
 * (a geographical indication) stays valid; an unreadable date is treated as expired rather than
 * shown as valid.
 */
export const certificateState = (
  expiresAt: string | null,
  now: Date
): CertificateState => {
  if (expiresAt === null) {
    return "valid"
  }
  const expires = new Date(expiresAt).getTime()
  if (Number.isNaN(expires) || expires <= now.getTime()) {
    return "expired"
  }
  return expires - now.getTime() <= EXPIRES_SOON_DAYS * DAY_MS
    ? "expiring"
    : "valid"
}
