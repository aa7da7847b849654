import { fold, foldChar, foldedWords, rawWords } from "../fold"

describe("fold", () => {
  it("takes the diacritics off every Vietnamese vowel and reads đ as d", () => {
    expect(fold("Táo mèo Trạm Tấu")).toBe("tao meo tram tau")
    expect(fold("Miến dong Bắc Kạn")).toBe("mien dong bac kan")
    expect(fold("Đak Đoa đồng")).toBe("dak doa dong")
    expect(fold("ƯỚC ƠN ỳ ỹ ỵ")).toBe("uoc on y y y")
    expect(fold("àáảãạăằắẳẵặâầấẩẫậ")).toBe("a".repeat(17))
    expect(fold("èéẻẽẹêềếểễệìíỉĩị")).toBe("e".repeat(11) + "i".repeat(5))
    expect(fold("òóỏõọôồốổỗộơờớởỡợùúủũụưừứửữự")).toBe(
      "o".repeat(17) + "u".repeat(11)
    )
  })

  it("keeps one character for each character, so a place in the folded text is the same place in the original", () => {
    const text = "Chè Shan tuyết cổ thụ Tà Xùa"
    const folded = fold(text)
    expect(folded).toHaveLength(text.length)
    expect(
      text.slice(folded.indexOf("tuyet"), folded.indexOf("tuyet") + 5)
    ).toBe("tuyết")
  })

  it("folds a letter written with a combining mark once it is composed (NFC)", () => {
    const decomposed = "Ta\u0301o"
    expect(foldedWords(decomposed)).toEqual(["tao"])
  })

  it("leaves other scripts, emoji and lone surrogates as they are, one unit each", () => {
    expect(fold("مرحبا")).toBe("مرحبا")
    expect(fold("🍓 dâu")).toBe("🍓 dau")
    expect(fold("a\uD800b")).toBe("a\uD800b")
    expect(foldChar("\uDFFF")).toBe("\uDFFF")
  })
})

describe("foldedWords", () => {
  it("splits a query into folded words of letters and digits", () => {
    expect(foldedWords("  Mật ong, 500g — Mù Cang Chải!  ")).toEqual([
      "mat",
      "ong",
      "500g",
      "mu",
      "cang",
      "chai",
    ])
  })

  it("keeps nothing a query could use against SQL or LIKE", () => {
    expect(foldedWords(`%_\\'"; drop table x;-- `)).toEqual([
      "drop",
      "table",
      "x",
    ])
    expect(foldedWords("%%%___")).toEqual([])
  })

  it("has no words for text of other scripts or emoji only", () => {
    expect(foldedWords("שלום مرحبا 🍓")).toEqual([])
  })

  it("keeps at most 8 words by default", () => {
    expect(foldedWords("a b c d e f g h i j")).toHaveLength(8)
    expect(foldedWords("a b c", 2)).toEqual(["a", "b"])
  })
})

describe("rawWords", () => {
  it("keeps the diacritics and lower-cases any script", () => {
    expect(rawWords("Dầu HỒI (Văn Quan)")).toEqual([
      "dầu",
      "hồi",
      "văn",
      "quan",
    ])
    expect(rawWords("Chè + مرحبا")).toEqual(["chè", "مرحبا"])
  })

  it("composes what was typed decomposed", () => {
    expect(rawWords("dâ\u0300u")).toEqual(["dầu"])
  })
})
