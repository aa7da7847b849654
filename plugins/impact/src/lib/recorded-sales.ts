import type { VnAdminModuleService } from "@cho-phien/cooperative-seller/modules/vn-admin"

import { equalShares, splitAmount, type ShareWeight } from "./split-shares"

/** One recorded sale as an officer gives it, before it lands in the 2025 communes. */
export type RecordedSaleEntry = {
  month: string
  commune_code: string
  code_kind: "new" | "old"
  sales_value: number
  cooperative: { id: string; commune_code: string } | null
  note: string | null
  shares: ShareWeight[] | null
}

export type RecordedSaleRow = {
  month: string
  commune_code: string
  province_code: string
  cooperative_id: string | null
  sales_value: number
  legacy_commune_code: string | null
  share: number | null
  note: string | null
}

/** Why an entry cannot be recorded, and which of its fields to fix. */
export class RecordedSaleError extends Error {
  readonly field: "commune_code" | "shares" | "cooperative" | "province"

  constructor(field: RecordedSaleError["field"], message: string) {
    super(message)
    this.field = field
  }
}

const isNotFound = (error: unknown): boolean =>
  error instanceof Error && "type" in error && error.type === "not_found"

/**
 * The rows an entry becomes (IMPACT_API.md, "Old communes"): a 2025 commune takes the whole
 * amount; an old commune passes it to the 2025 commune it merged into, or divides it between the
 * communes it was split into by the shares given (equal by default). A sale entered for a
 * cooperative belongs to the cooperative's commune, so an old commune then passes the whole amount
 * there. `allowed` are the provinces the officer may write (null: all).
 */
export const planRecordedSale = (
  places: VnAdminModuleService,
  entry: RecordedSaleEntry,
  allowed: string[] | null
): RecordedSaleRow[] => {
  const base = {
    month: entry.month,
    cooperative_id: entry.cooperative?.id ?? null,
    note: entry.note,
  }
  let parts: { code: string; amount: number; share: number | null }[]
  let legacy: string | null = null
  if (entry.code_kind === "new") {
    if (entry.shares) {
      throw new RecordedSaleError(
        "shares",
        "Shares are only for an old (pre-2025) commune that was split."
      )
    }
    parts = [
      { code: entry.commune_code, amount: entry.sales_value, share: null },
    ]
  } else {
    legacy = entry.commune_code
    let became: string[]
    try {
      became = places
        .retrieveLegacyCommune(entry.commune_code)
        .communes.map((c) => c.code)
    } catch (error) {
      if (isNotFound(error)) {
        throw new RecordedSaleError(
          "commune_code",
          `There was no commune with code ${entry.commune_code} before July 2025; check the code, or mark it as a 2025 code.`
        )
      }
      throw error
    }
    if (entry.cooperative) {
      const own = entry.cooperative.commune_code
      if (!became.includes(own)) {
        throw new RecordedSaleError(
          "cooperative",
          `The cooperative is in commune ${own}, which the old commune ${entry.commune_code} did not become part of (it became ${became.join(", ")}).`
        )
      }
      parts = [{ code: own, amount: entry.sales_value, share: null }]
    } else {
      const shares = entry.shares ?? equalShares(became)
      const stray = shares.filter((s) => !became.includes(s.code))
      if (stray.length > 0) {
        throw new RecordedSaleError(
          "shares",
          `The old commune ${entry.commune_code} became ${became.join(", ")}; ${stray.map((s) => s.code).join(", ")} is not one of them.`
        )
      }
      try {
        parts = splitAmount(entry.sales_value, shares)
          .filter((part) => part.share > 0)
          .map((part) => ({
            ...part,
            share: became.length > 1 ? part.share : null,
          }))
      } catch (error) {
        throw new RecordedSaleError(
          "shares",
          error instanceof Error ? error.message : String(error)
        )
      }
    }
  }

  return parts.map((part) => {
    let province: string
    try {
      province = places.retrieveCommune(part.code).province_code
    } catch (error) {
      if (isNotFound(error)) {
        throw new RecordedSaleError(
          "commune_code",
          `There is no 2025 commune or ward with code ${part.code}; if it is an older code, mark it as old.`
        )
      }
      throw error
    }
    if (entry.cooperative && entry.cooperative.commune_code !== part.code) {
      throw new RecordedSaleError(
        "cooperative",
        `The cooperative is in commune ${entry.cooperative.commune_code}, not ${part.code}.`
      )
    }
    if (allowed && !allowed.includes(province)) {
      throw new RecordedSaleError(
        "province",
        `Commune ${part.code} is in province ${province}, outside the provinces your account may write.`
      )
    }
    return {
      ...base,
      commune_code: part.code,
      province_code: province,
      sales_value: part.amount,
      legacy_commune_code: legacy,
      share: part.share,
    }
  })
}
