import { MAX_QUANTITY, nextQuantity, parseQuantity } from "../quantity"

describe("parseQuantity", () => {
  it("reads whole numbers from 1 to the limit", () => {
    expect(parseQuantity("1")).toBe(1)
    expect(parseQuantity(" 12 ")).toBe(12)
    expect(parseQuantity(String(MAX_QUANTITY))).toBe(MAX_QUANTITY)
  })

  it.each(["", "0", "-1", "1.5", "abc", String(MAX_QUANTITY + 1), "1e2"])(
    "refuses %j",
    (typed) => {
      expect(parseQuantity(typed)).toBeUndefined()
    }
  )
})

describe("nextQuantity", () => {
  it("takes one away, adds one, or sets what was typed", () => {
    expect(nextQuantity("decrease", "3")).toBe(2)
    expect(nextQuantity("increase", "3")).toBe(4)
    expect(nextQuantity("set", "7")).toBe(7)
    expect(nextQuantity("", "7")).toBe(7)
  })

  it("removes the line at zero", () => {
    expect(nextQuantity("decrease", "1")).toBe(0)
    expect(nextQuantity("set", "0")).toBe(0)
    expect(nextQuantity("remove", "")).toBe(0)
  })

  it("stops at the limit and refuses what is not a quantity", () => {
    expect(nextQuantity("increase", String(MAX_QUANTITY))).toBe(MAX_QUANTITY)
    expect(nextQuantity("set", "abc")).toBeUndefined()
    expect(nextQuantity("increase", "")).toBeUndefined()
  })
})
