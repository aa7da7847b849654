import { paragraphs, truncate } from "../text"

describe("paragraphs", () => {
  it("splits at blank lines and drops empty paragraphs", () => {
    expect(paragraphs("One.\n\nTwo\nlines.\n \n\n")).toEqual([
      "One.",
      "Two\nlines.",
    ])
  })
})

describe("truncate", () => {
  it("keeps short texts and cuts long ones at a word", () => {
    expect(truncate("Táo mèo sấy", 20)).toBe("Táo mèo sấy")
    expect(truncate("Táo mèo sấy lát mỏng từ Trạm Tấu", 16)).toBe(
      "Táo mèo sấy lát…"
    )
    expect(truncate("abcdefghijklmnop", 8)).toBe("abcdefg…")
  })
})
