/** Whole đồng as Vietnamese write them: 150000 → "150.000 ₫". */
export const formatDong = (amount: number): string => {
  const whole = Math.round(amount)
  const digits = String(Math.abs(whole)).replace(/\B(?=(\d{3})+(?!\d))/g, ".")
  return `${whole < 0 ? "-" : ""}${digits} ₫`
}

/** Grams as a label shows them: 1100 → "1,1 kg", 550 → "550 g". */
export const formatWeight = (grams: number): string =>
  grams >= 1000
    ? `${(Math.round(grams / 100) / 10).toString().replace(".", ",")} kg`
    : `${Math.round(grams)} g`
