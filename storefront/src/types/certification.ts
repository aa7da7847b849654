export type CertificationType =
  "OCOP" | "VietGAP" | "GI" | "organic" | "collective_mark"

export type OcopStars = 3 | 4 | 5

/** How a certificate stands today. */
export type CertificateState = "valid" | "expiring" | "expired"

/** A certificate a cooperative holds; dates are ISO strings in UTC. */
export type Certification = {
  id: string
  type: CertificationType
  number: string
  ocopStars: OcopStars | null
  issuedAt: string
  expiresAt: string | null
  issuer: string | null
  /** Worked out when the page was asked for. */
  state: CertificateState
}
