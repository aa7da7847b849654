/**
 * Formats an amount of Vietnamese đồng the way shoppers read it: "150.000 ₫".
 *
 * Written by hand rather than with Intl's vi-VN currency format, which puts a non-breaking space
 * before the sign and differs between ICU versions; pages and tests need one exact text.
 * VND has no minor unit, so a fractional amount is rounded to the nearest đồng.
 */
/** A whole number grouped by thousands with dots, as Vietnamese write it: "120.000". */
export const groupThousands = (whole: number): string =>
  String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, ".")

export const formatVnd = (amount: number): string => {
  if (!Number.isFinite(amount)) {
    throw new RangeError(`Cannot format ${amount} as đồng`)
  }
  const dong = Math.round(Math.abs(amount))
  const grouped = groupThousands(dong)
  const sign = amount < 0 && dong !== 0 ? "-" : ""
  return `${sign}${grouped} ₫`
}
