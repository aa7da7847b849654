import {
  editDistance,
  editVariants,
  englishStems,
  highlightWords,
  matchesAsPrefix,
  nameNeedles,
  titleNeedles,
  titleQueryText,
  tsQueryText,
  typoBudget,
  type WordPlan,
} from "../query-plan"

const plan = (word: string, more: Partial<WordPlan> = {}): WordPlan => ({
  word,
  prefix: true,
  stems: [],
  known: true,
  corrections: [],
  prefixCorrections: [],
  ...more,
})

describe("the typo budget", () => {
  it("allows no typo below 3 letters, one up to 7 letters, two from 8", () => {
    expect(
      ["ca", "tao", "tuyet", "nghieng", "strawbery"].map(typoBudget)
    ).toEqual([0, 1, 1, 1, 2])
  })
})

describe("editVariants", () => {
  it("has the swap, the extra letter and the wrong letter a thumb makes", () => {
    expect(editVariants("moe")).toContain("meo")
    expect(editVariants("ongg")).toContain("ong")
    expect(editVariants("meof")).toContain("meo")
    expect(editVariants("xuowng")).toContain("xuong")
    expect(editVariants("tuyeet")).toContain("tuyet")
    expect(editVariants("huogn")).toContain("huong")
    expect(editVariants("chesnut")).toContain("chestnut")
  })

  it("lists swaps first, never the word itself, nothing shorter than 3 letters", () => {
    const variants = editVariants("moe")
    expect(variants[0]).toBe("ome")
    expect(variants).not.toContain("moe")
    expect(variants.every((v) => v.length >= 3)).toBe(true)
    expect(new Set(variants).size).toBe(variants.length)
  })
})

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("moe", "meo")).toBe(1)
    expect(editDistance("tuyeet", "tuyet")).toBe(1)
    expect(editDistance("strawbery", "strawberry")).toBe(1)
    expect(editDistance("tuyeeet", "tuyet")).toBe(2)
    expect(editDistance("", "abc")).toBe(3)
    expect(editDistance("same", "same")).toBe(0)
  })
})

describe("englishStems", () => {
  it("gives the stem a plural in -ies shares, for English words only", () => {
    expect(englishStems("strawberry")).toEqual(["strawberri"])
    expect(englishStems("honey")).toEqual([])
    expect(englishStems("tay")).toEqual([])
    expect(englishStems("quy")).toEqual([])
  })
})

describe("matchesAsPrefix", () => {
  it("lets the last word and words of 3 letters or more start longer words", () => {
    expect(matchesAsPrefix("co", 0, 2)).toBe(false)
    expect(matchesAsPrefix("ho", 1, 2)).toBe(true)
    expect(matchesAsPrefix("tao", 0, 2)).toBe(true)
  })
})

describe("tsQueryText", () => {
  it("asks for every word, each as a word start unless it is a finished short word", () => {
    expect(tsQueryText([plan("co", { prefix: false }), plan("ho")])).toBe(
      "co & ho:*"
    )
  })

  it("offers English stems as word starts", () => {
    expect(tsQueryText([plan("strawberry", { stems: ["strawberri"] })])).toBe(
      "(strawberry:* | strawberri:*)"
    )
  })

  it("replaces a word that starts no word of any product by its corrections", () => {
    expect(
      tsQueryText([
        plan("tao"),
        plan("moe", { known: false, corrections: ["meo", "moc"] }),
        plan("chesnut", { known: false, prefixCorrections: ["chestnut"] }),
        plan("xyzzy", { known: false }),
      ])
    ).toBe("tao:* & (meo | moc) & chestnut:* & xyzzy:*")
  })

  it("leaves one-letter words to the titles and names, and is null when nothing is left", () => {
    expect(tsQueryText([plan("mien"), plan("d")])).toBe("mien:*")
    expect(tsQueryText([plan("d")])).toBeNull()
  })
})

describe("nameNeedles", () => {
  it("asks titles and names for one-letter words and for corrected words", () => {
    expect(
      nameNeedles([
        plan("mien"),
        plan("a", { prefix: false }),
        plan("moe", { known: false, corrections: ["meo"] }),
        plan("chesnut", { known: false, prefixCorrections: ["chestnut"] }),
        plan("d"),
      ])
    ).toEqual([[" a "], [" meo "], [" chestnut"], [" d"]])
  })
})

describe("titleQueryText", () => {
  it("asks the titles for every word in the forms it may take there", () => {
    expect(
      titleQueryText([
        plan("co", { prefix: false }),
        plan("strawberry", { stems: ["strawberri"] }),
        plan("moe", { known: false, corrections: ["meo"] }),
        plan("d"),
      ])
    ).toBe("co & (strawberry:* | strawberri:*) & meo & d:*")
  })

  it("has the same forms as the needles that check a row's title words", () => {
    expect(titleNeedles(plan("co", { prefix: false }))).toEqual([" co "])
    expect(
      titleNeedles(
        plan("chesnut", { known: false, prefixCorrections: ["chestnut"] })
      )
    ).toEqual([" chestnut"])
  })
})

describe("highlightWords", () => {
  it("highlights every form of every word once", () => {
    expect(
      highlightWords([plan("moe", { corrections: ["meo", "mo"] }), plan("meo")])
    ).toEqual(["moe", "meo", "mo"])
  })
})
