/**
 * The storefront-side twin of SQL's `cp_fold`: lower case, no diacritics, đ → d. Folding works
 * character by character (each precomposed Vietnamese letter becomes one base letter), so an
 * index in the folded text is the same index in the original: that is what highlighting needs.
 */
export const foldChar = (char: string): string => {
  const lower = char.toLowerCase()
  if (lower === "đ") {
    return "d"
  }
  const base = lower.normalize("NFD").replace(/\p{M}+/gu, "")
  return base.length === 1 ? base : lower.length === 1 ? lower : char
}

/** Folds a whole text, keeping one output character per input character (UTF-16 unit). */
export const fold = (text: string): string => {
  let out = ""
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i] as string
    out += c.length === 1 ? foldChar(c) : c
  }
  return out
}

/** The words of a folded query: runs of a–z and 0–9, at most `max`. */
export const foldedWords = (text: string, max = 8): string[] =>
  fold(text.normalize("NFC"))
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .slice(0, max)

/** The words of a text as written (letters and digits of any script), lower case. */
export const rawWords = (text: string, max = 8): string[] =>
  text
    .normalize("NFC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, max)
