import type { Segment } from "../types"

/**
 * Highlight tags from Unicode's private-use area: no product text uses them (documents are
 * cleaned of them on the way in), so they cannot be confused with the text, and no HTML is
 * ever built from Meilisearch's answer.
 */
export const HIGHLIGHT_PRE = "\uE000"
export const HIGHLIGHT_POST = "\uE001"

const TAGS = /[\uE000\uE001]/g

/** Removes the highlight tags from a text before it is indexed. */
export const stripHighlightTags = (text: string): string =>
  text.replace(TAGS, "")

/**
 * Turns a `_formatted` string (matches between HIGHLIGHT_PRE and HIGHLIGHT_POST) into segments;
 * neighbouring pieces of the same kind are joined and empty ones dropped.
 */
export const formattedToSegments = (formatted: string): Segment[] => {
  const segments: Segment[] = []
  let match = false
  let text = ""
  const flush = () => {
    if (text.length === 0) {
      return
    }
    const last = segments[segments.length - 1]
    if (last && last.match === match) {
      last.text += text
    } else {
      segments.push({ text, match })
    }
    text = ""
  }
  for (const char of formatted) {
    if (char === HIGHLIGHT_PRE || char === HIGHLIGHT_POST) {
      flush()
      match = char === HIGHLIGHT_PRE
    } else {
      text += char
    }
  }
  flush()
  return segments
}

/** Plain text, nothing matched. */
export const plainSegments = (text: string): Segment[] =>
  text.length > 0 ? [{ text, match: false }] : []
