/** The most of one product a buyer can put in the cart at once: a household's order, not a wholesaler's. */
export const MAX_QUANTITY = 99

/** A quantity typed or chosen by the buyer, 1 to MAX_QUANTITY, or undefined. */
export const parseQuantity = (value: string): number | undefined => {
  const trimmed = value.trim()
  if (!/^\d{1,3}$/.test(trimmed)) {
    return undefined
  }
  const quantity = Number(trimmed)
  return quantity >= 1 && quantity <= MAX_QUANTITY ? quantity : undefined
}

/**
 * What a cart line's buttons ask for: one fewer, one more, the number typed, or none at all
 * (0 removes the line). Undefined when the number typed is not a quantity.
 */
export const nextQuantity = (
  intent: string,
  typed: string
): number | undefined => {
  if (intent === "remove") {
    return 0
  }
  if (intent === "set" && typed.trim() === "0") {
    return 0
  }
  const current = parseQuantity(typed)
  if (current === undefined) {
    return undefined
  }
  switch (intent) {
    case "decrease":
      return current - 1
    case "increase":
      return Math.min(MAX_QUANTITY, current + 1)
    default:
      return current
  }
}
