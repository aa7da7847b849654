/**
 * Reading the recorded-sale form before it goes to the backend, so that a slip is named next to
 * its field in the page's language. The backend checks everything again.
 */

export type RecordedSaleProblem =
  | "required"
  | "badMonth"
  | "badCode"
  | "badAmount"
  | "badShare"
  | "noShare"
  | "badHandle"
  | "tooLong"

export type RecordedSaleFields = {
  month: string
  communeCode: string
  codeKind: "new" | "old"
  salesValue: number
  cooperativeHandle?: string
  note?: string
  /**
   * For an old code: 2025 commune code → its share as typed (weights; the backend scales them to
   * add up to the whole). A commune given 0 is left out, so it gets nothing.
   */
  shares?: Record<string, number>
}

export const NOTE_MAX = 500
/** The backend's limit for one row; larger sums are split by month. */
export const AMOUNT_MAX = 2_000_000_000

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const COMMUNE = /^\d{5}$/
const HANDLE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SHARE_PREFIX = "share."

const read = (form: FormData, name: string): string => {
  const value = form.get(name)
  return typeof value === "string" ? value.trim() : ""
}

/** "15.000.000", "15 000 000" and "15000000" are the same đồng. */
const wholeDong = (value: string): number | undefined => {
  if (!/^(\d+|\d{1,3}([. ,]\d{3})+)$/.test(value)) {
    return undefined
  }
  const number = Number(value.replace(/[. ,]/g, ""))
  return Number.isSafeInteger(number) && number <= AMOUNT_MAX
    ? number
    : undefined
}

/** "60", "33,3" or "33.3". */
const shareNumber = (value: string): number | undefined => {
  if (!/^\d{1,3}([.,]\d{1,4})?$/.test(value)) {
    return undefined
  }
  const number = Number(value.replace(",", "."))
  return number <= 100 ? number : undefined
}

export const readRecordedSale = (
  form: FormData
):
  | { fields: RecordedSaleFields }
  | { errors: Record<string, RecordedSaleProblem> } => {
  const errors: Record<string, RecordedSaleProblem> = {}
  const month = read(form, "month")
  const match = MONTH.exec(month)
  if (!match || Number(match[1]) < 2000 || Number(match[1]) > 2099) {
    errors.month = month ? "badMonth" : "required"
  }
  const communeCode = read(form, "commune_code")
  if (!COMMUNE.test(communeCode)) {
    errors.commune_code = communeCode ? "badCode" : "required"
  }
  const codeKind = read(form, "code_kind") === "old" ? "old" : "new"
  const amountText = read(form, "sales_value")
  const salesValue = wholeDong(amountText)
  if (salesValue === undefined) {
    errors.sales_value = amountText ? "badAmount" : "required"
  }
  const cooperativeHandle = read(form, "cooperative")
  if (
    cooperativeHandle &&
    (cooperativeHandle.length > 100 || !HANDLE.test(cooperativeHandle))
  ) {
    errors.cooperative = "badHandle"
  }
  const note = read(form, "note")
  if (note.length > NOTE_MAX) {
    errors.note = "tooLong"
  }
  const shares: Record<string, number> = {}
  if (codeKind === "old") {
    for (const [name, raw] of form.entries()) {
      if (!name.startsWith(SHARE_PREFIX) || typeof raw !== "string") {
        continue
      }
      const code = name.slice(SHARE_PREFIX.length)
      if (!COMMUNE.test(code) || Object.keys(shares).length >= 50) {
        continue
      }
      const share = shareNumber(raw.trim())
      if (share === undefined) {
        errors[name] = raw.trim() ? "badShare" : "required"
      } else {
        shares[code] = share
      }
    }
    const given = Object.keys(shares).length
    for (const [code, share] of Object.entries(shares)) {
      if (share === 0) {
        delete shares[code]
      }
    }
    if (given > 0 && Object.keys(shares).length === 0) {
      errors.shares = "noShare"
    }
  }
  if (Object.keys(errors).length > 0) {
    return { errors }
  }
  return {
    fields: {
      month,
      communeCode,
      codeKind,
      salesValue: salesValue ?? 0,
      ...(cooperativeHandle ? { cooperativeHandle } : {}),
      ...(note ? { note } : {}),
      ...(codeKind === "old" && Object.keys(shares).length > 0
        ? { shares }
        : {}),
    },
  }
}
