import type { Segment } from "../providers/types"
import { fold } from "./fold"

const isWordChar = (c: string | undefined): boolean =>
  c !== undefined && /[a-z0-9]/.test(c)

/**
 * Marks where the query's folded words occur in a text: at the start of a word, as the search
 * matches them ("tao" marks "Táo" in "Táo mèo", not the "tao" inside another word). Accents and
 * case do not matter.
 */
export const highlight = (text: string, words: string[]): Segment[] => {
  const folded = fold(text)
  const marked = new Array<boolean>(text.length).fill(false)
  for (const word of words.filter((w) => w.length > 0)) {
    let from = 0
    for (;;) {
      const at = folded.indexOf(word, from)
      if (at < 0) {
        break
      }
      if (!isWordChar(folded[at - 1])) {
        marked.fill(true, at, at + word.length)
      }
      from = at + 1
    }
  }
  const segments: Segment[] = []
  for (let i = 0; i < text.length; i += 1) {
    const last = segments[segments.length - 1]
    if (last && last.match === marked[i]) {
      last.text += text[i]
    } else {
      segments.push({ text: text[i] as string, match: marked[i] as boolean })
    }
  }
  return segments
}

/** Where the first of the words starts a word of a folded text, or undefined. */
const firstWordStart = (
  folded: string,
  words: string[]
): number | undefined => {
  let first: number | undefined
  for (const word of words.filter((w) => w.length > 0)) {
    let from = 0
    for (;;) {
      const at = folded.indexOf(word, from)
      if (at < 0 || (first !== undefined && at >= first)) {
        break
      }
      if (!isWordChar(folded[at - 1])) {
        first = at
        break
      }
      from = at + 1
    }
  }
  return first
}

/**
 * A short passage of a long text around its first match (about `size` characters, cut at
 * spaces), highlighted; null when nothing in it matches.
 */
export const snippet = (
  text: string,
  words: string[],
  size = 160
): Segment[] | null => {
  const folded = fold(text)
  const first = firstWordStart(folded, words)
  if (first === undefined) {
    return null
  }
  let start = Math.max(0, first - Math.floor(size / 3))
  if (start > 0) {
    const space = text.indexOf(" ", start)
    start = space >= 0 && space < first ? space + 1 : start
  }
  let end = Math.min(text.length, start + size)
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end)
    end = space > first ? space : end
  }
  const passage = `${start > 0 ? "…" : ""}${text.slice(start, end)}${end < text.length ? "…" : ""}`
  return highlight(passage, words)
}
