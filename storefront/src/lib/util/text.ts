/** Splits a text into paragraphs at blank lines, dropping empty ones. */
export const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")

/** At most `length` characters, cut at a word when it can be and ended with "…". */
export const truncate = (text: string, length: number): string => {
  if (text.length <= length) {
    return text
  }
  const cut = text.slice(0, length - 1)
  const endsAtWord = /\s/.test(text.charAt(length - 1))
  const lastSpace = cut.lastIndexOf(" ")
  const kept =
    endsAtWord || lastSpace <= length / 2 ? cut : cut.slice(0, lastSpace)
  return `${kept.trimEnd()}…`
}
