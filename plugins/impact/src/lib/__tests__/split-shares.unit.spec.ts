import { equalShares, splitAmount } from "../split-shares"

const amounts = (parts: { amount: number }[]) => parts.map((p) => p.amount)

describe("splitting an old commune's recorded sales between 2025 communes", () => {
  it("gives 100 đồng in three equal shares as 34, 33 and 33, the extra đồng to the first", () => {
    const parts = splitAmount(100, equalShares(["00913", "00967", "00994"]))
    expect(parts).toEqual([
      { code: "00913", amount: 34, share: 0.333333 },
      { code: "00967", amount: 33, share: 0.333333 },
      { code: "00994", amount: 33, share: 0.333333 },
    ])
  })

  it("follows the officer's 60/40 weights, given as percentages or fractions", () => {
    expect(
      splitAmount(12_500_000, [
        { code: "00913", weight: 60 },
        { code: "00967", weight: 40 },
      ])
    ).toEqual([
      { code: "00913", amount: 7_500_000, share: 0.6 },
      { code: "00967", amount: 5_000_000, share: 0.4 },
    ])
    expect(
      amounts(
        splitAmount(1001, [
          { code: "00913", weight: 0.6 },
          { code: "00967", weight: 0.4 },
        ])
      )
    ).toEqual([601, 400])
  })

  it("gives the left-over đồng to the largest remainders, not to the first listed", () => {
    // 10 × 0.15 = 1.5, 10 × 0.85 = 8.5: the tie goes to the first; with 0.14/0.86 the second wins.
    expect(
      amounts(
        splitAmount(10, [
          { code: "00001", weight: 0.15 },
          { code: "00002", weight: 0.85 },
        ])
      )
    ).toEqual([2, 8])
    expect(
      amounts(
        splitAmount(10, [
          { code: "00001", weight: 0.14 },
          { code: "00002", weight: 0.86 },
        ])
      )
    ).toEqual([1, 9])
    expect(
      amounts(
        splitAmount(7, [
          { code: "00001", weight: 1 },
          { code: "00002", weight: 2 },
          { code: "00003", weight: 4 },
        ])
      )
    ).toEqual([1, 2, 4])
  })

  it("splits tiny amounts without losing or inventing a đồng", () => {
    const four = equalShares(["a", "b", "c", "d"])
    expect(amounts(splitAmount(0, four))).toEqual([0, 0, 0, 0])
    expect(amounts(splitAmount(1, four))).toEqual([1, 0, 0, 0])
    expect(amounts(splitAmount(3, four))).toEqual([1, 1, 1, 0])
    expect(amounts(splitAmount(2, [{ code: "a", weight: 1 }]))).toEqual([2])
  })

  it("breaks ties between equal remainders in the order listed", () => {
    const parts = splitAmount(6, [
      { code: "c", weight: 1 },
      { code: "a", weight: 2 },
      { code: "b", weight: 2 },
    ])
    // 1.2, 2.4, 2.4: the two 0.4 remainders tie, and the one listed first gets the đồng.
    expect(amounts(parts)).toEqual([1, 3, 2])
  })

  it("always adds the parts back up to the amount entered", () => {
    const weights = [
      { code: "a", weight: 0.1 },
      { code: "b", weight: 0.2 },
      { code: "c", weight: 0.7 },
      { code: "d", weight: 1 / 3 },
    ]
    for (const amount of [1, 9, 99, 1_000_003, 1_999_999_999]) {
      const total = amounts(splitAmount(amount, weights)).reduce(
        (sum, value) => sum + value,
        0
      )
      expect(total).toBe(amount)
    }
  })

  it("never gives anything to a commune with weight 0", () => {
    expect(
      amounts(
        splitAmount(5, [
          { code: "a", weight: 0 },
          { code: "b", weight: 1 },
          { code: "c", weight: 1 },
        ])
      )
    ).toEqual([0, 3, 2])
  })

  it("refuses weights it cannot split by, with a sentence", () => {
    expect(() =>
      splitAmount(100, [
        { code: "a", weight: -1 },
        { code: "b", weight: 2 },
      ])
    ).toThrow("The share of commune a cannot be negative.")
    expect(() =>
      splitAmount(100, [
        { code: "a", weight: 0 },
        { code: "b", weight: 0 },
      ])
    ).toThrow("The shares add up to zero; give at least one a weight.")
    expect(() => splitAmount(100, [{ code: "a", weight: Number.NaN }])).toThrow(
      "The share of commune a must be a number."
    )
    expect(() =>
      splitAmount(100, [{ code: "a", weight: Number.POSITIVE_INFINITY }])
    ).toThrow("The share of commune a must be a number.")
    expect(() =>
      splitAmount(100, [
        { code: "a", weight: 1 },
        { code: "a", weight: 1 },
      ])
    ).toThrow("The commune a is listed twice in the shares.")
    expect(() => splitAmount(100, [])).toThrow(
      "Give at least one commune to split the amount between."
    )
    expect(() => splitAmount(10.5, equalShares(["a"]))).toThrow(
      "The amount to split must be a whole number of đồng, 0 or more (got 10.5)."
    )
    expect(() => splitAmount(-1, equalShares(["a"]))).toThrow(
      "whole number of đồng, 0 or more"
    )
  })
})
