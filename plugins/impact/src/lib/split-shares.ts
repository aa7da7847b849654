export type ShareWeight = { code: string; weight: number }

export type SplitPart = {
  code: string
  /** Whole đồng; the parts add up to the amount split. */
  amount: number
  /** The normalised share (the shares sum to 1), rounded to 6 decimals. */
  share: number
}

/** Equal shares for the 2025 communes an old commune became (the default split). */
export function equalShares(codes: readonly string[]): ShareWeight[] {
  return codes.map((code) => ({ code, weight: 1 }))
}

/**
 * Divides an amount of đồng between communes by weight (IMPACT_API.md, "Old communes"): each part
 * is amount × share rounded down, and the đồng left over go one by one to the largest remainders,
 * ties to the first listed, so the parts always add up to the amount.
 *
 * The arithmetic is exact (weights are taken as the decimals they print as), so a 1/3 split or a
 * 0.7 weight never loses or gains a đồng to floating point.
 */
export function splitAmount(
  amount: number,
  shares: readonly ShareWeight[]
): SplitPart[] {
  if (!Number.isSafeInteger(amount) || amount < 0) {
    throw new Error(
      `The amount to split must be a whole number of đồng, 0 or more (got ${amount}).`
    )
  }
  if (shares.length === 0) {
    throw new Error("Give at least one commune to split the amount between.")
  }
  const seen = new Set<string>()
  for (const { code, weight } of shares) {
    if (seen.has(code)) {
      throw new Error(`The commune ${code} is listed twice in the shares.`)
    }
    seen.add(code)
    if (!Number.isFinite(weight)) {
      throw new Error(`The share of commune ${code} must be a number.`)
    }
    if (weight < 0) {
      throw new Error(`The share of commune ${code} cannot be negative.`)
    }
  }

  const decimals = shares.map(({ weight }) => toDecimal(weight))
  const scale = Math.max(...decimals.map((d) => d.scale))
  const weights = decimals.map((d) => d.digits * 10n ** BigInt(scale - d.scale))
  const total = weights.reduce((sum, w) => sum + w, 0n)
  if (total === 0n) {
    throw new Error("The shares add up to zero; give at least one a weight.")
  }

  const whole = BigInt(amount)
  const parts = weights.map((w) => ({
    amount: (whole * w) / total,
    remainder: (whole * w) % total,
  }))
  let leftover = whole - parts.reduce((sum, p) => sum + p.amount, 0n)
  const byRemainder = parts
    .map((part, index) => ({ index, remainder: part.remainder }))
    .sort((a, b) =>
      a.remainder === b.remainder
        ? a.index - b.index
        : a.remainder > b.remainder
          ? -1
          : 1
    )
  for (const { index } of byRemainder) {
    if (leftover === 0n) break
    const part = parts[index]
    if (part) {
      part.amount += 1n
      leftover -= 1n
    }
  }

  const million = 1_000_000n
  return shares.map(({ code }, index) => {
    const w = weights[index] ?? 0n
    // Half-up rounding of w / total to 6 decimals.
    const micro = (w * million * 2n + total) / (total * 2n)
    return {
      code,
      amount: Number(parts[index]?.amount ?? 0n),
      share: Number(micro) / 1_000_000,
    }
  })
}

/** A non-negative finite number as digits / 10^scale, read from its shortest decimal form. */
function toDecimal(value: number): { digits: bigint; scale: number } {
  const [mantissa = "0", exponent = "0"] = value.toString().split("e")
  const [integer = "0", fraction = ""] = mantissa.split(".")
  let digits = BigInt(integer + fraction)
  let scale = fraction.length - Number(exponent)
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale)
    scale = 0
  }
  return { digits, scale }
}
