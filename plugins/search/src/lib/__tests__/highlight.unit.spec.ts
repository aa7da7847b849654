import { highlight, snippet } from "../highlight"

const marked = (segments: { text: string; match: boolean }[]): string[] =>
  segments.filter((s) => s.match).map((s) => s.text)

const joined = (segments: { text: string }[] | null): string =>
  (segments ?? []).map((s) => s.text).join("")

describe("highlight", () => {
  it("marks folded words where they start a word, in the original letters", () => {
    const segments = highlight("Táo mèo sấy khô Trạm Tấu", ["tao", "meo"])
    expect(segments).toEqual([
      { text: "Táo", match: true },
      { text: " ", match: false },
      { text: "mèo", match: true },
      { text: " sấy khô Trạm Tấu", match: false },
    ])
  })

  it("marks only the typed start of a longer word (as-you-type)", () => {
    expect(marked(highlight("Miến dong Côn Minh", ["mien", "d"]))).toEqual([
      "Miến",
      "d",
    ])
  })

  it("does not mark a word found inside another word", () => {
    expect(marked(highlight("Hồng trà Shan tuyết", ["ong"]))).toEqual([])
    expect(marked(highlight("Mật ong hoa rừng", ["ong"]))).toEqual(["ong"])
  })

  it("marks đ as d and capitals alike", () => {
    expect(marked(highlight("ĐAK ĐOA đất đỏ", ["dak", "do"]))).toEqual([
      "ĐAK",
      "ĐO",
      "đỏ",
    ])
  })

  it("marks every occurrence, and joins what touches", () => {
    expect(highlight("dâu dâu", ["dau"]).map((s) => [s.text, s.match])).toEqual(
      [
        ["dâu", true],
        [" ", false],
        ["dâu", true],
      ]
    )
    expect(marked(highlight("Mộc Châu", ["moc", "moc chau"]))).toEqual([
      "Mộc Châu",
    ])
  })

  it("gives back the text unchanged, unmarked, when nothing matches or nothing is asked", () => {
    expect(highlight("Cam Cao Phong", [])).toEqual([
      { text: "Cam Cao Phong", match: false },
    ])
    expect(highlight("Cam Cao Phong", [""])).toEqual([
      { text: "Cam Cao Phong", match: false },
    ])
    expect(highlight("", ["cam"])).toEqual([])
  })

  it("keeps markup as text: segments are rendered as text, never as HTML", () => {
    const segments = highlight("<b>Mật ong</b>", ["mat"])
    expect(joined(segments)).toBe("<b>Mật ong</b>")
    expect(marked(segments)).toEqual(["Mật"])
  })
})

describe("snippet", () => {
  const story =
    "Trạm Tấu là vùng núi cao ở phía nam Lào Cai (trước thuộc Yên Bái), giáp Sơn La; nhiều bản nằm trên 1.500 m và mùa đông có đêm lạnh dưới 5°C. Người Mông ở đây trồng táo mèo (sơn tra) trên nương cũ và ven rừng, quả chín từ tháng 8 đến tháng 10."

  it("cuts a passage around the first match at spaces, with ellipses, and marks it", () => {
    const passage = snippet(story, ["tao", "meo"], 80)
    expect(passage).not.toBeNull()
    const text = joined(passage)
    expect(text.startsWith("…")).toBe(true)
    expect(text.endsWith("…")).toBe(true)
    expect(text).toContain("táo mèo")
    expect(marked(passage ?? [])).toEqual(["táo", "mèo"])
    expect(text.length).toBeLessThanOrEqual(82)
  })

  it("starts at the beginning when the match is near it", () => {
    const text = joined(snippet(story, ["tram"], 60))
    expect(text.startsWith("Trạm Tấu")).toBe(true)
    expect(text.endsWith("…")).toBe(true)
  })

  it("is null when the words start no word of the text", () => {
    expect(snippet(story, ["ong"])).toBeNull()
    expect(snippet(story, [])).toBeNull()
  })
})
