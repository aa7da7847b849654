/**
 * What each word of a query may match, decided before the search runs (SEARCH_API.md, "Ranking"):
 * the word as typed, at the start of a word; its English singular stem ("strawberry" finds
 * "strawberries"); and, only when the word starts no word of any product, the vocabulary words
 * one typo away (two for words of 8 letters or more). Vietnamese syllables are few and short,
 * so the vocabulary of titles and names stays small however large the catalogue grows.
 */

export type WordPlan = {
  /** Folded as typed: a–z and 0–9 only. */
  word: string
  /**
   * Whether the word may be the start of a longer one: the last word (still being typed) and
   * words of 3 letters or more. A finished word of one or two letters ("co ho", "tu le") must be
   * a whole word, or it would match most of the catalogue.
   */
  prefix: boolean
  /** English stems matched as word starts ("strawberri" for "strawberry"). */
  stems: string[]
  /** Whether the word, or a stem, starts some word of some product. */
  known: boolean
  /** Title and name words one or two typos away, matched whole (only for unknown words). */
  corrections: string[]
  /** Title and name word starts one typo away, for unknown words of 5 letters or more. */
  prefixCorrections: string[]
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz"

/** Whether a word of the query may match as the start of a longer word (see WordPlan). */
export const matchesAsPrefix = (
  word: string,
  index: number,
  count: number
): boolean => word.length >= 3 || index === count - 1

/** At most this many corrections per word, the closest first. */
export const MAX_CORRECTIONS = 8

/** How many typos a word may have: none below 3 letters, 1 up to 7, 2 from 8. */
export const typoBudget = (word: string): number =>
  word.length < 3 ? 0 : word.length < 8 ? 1 : 2

/**
 * The stem an English plural shares with its singular when the singular ends in a consonant and
 * y ("berry" → "berri", which starts "berries"). Vietnamese words never end so with 5 letters.
 */
export const englishStems = (word: string): string[] =>
  word.length >= 5 && /[^aeiou]y$/.test(word) ? [`${word.slice(0, -1)}i`] : []

/**
 * Every string one edit from `word`, the likeliest slips first: two neighbours swapped, a letter
 * too many (a doubled key, or a Telex tone or vowel key typed with Vietnamese input off: "meof",
 * "xuowng"), a wrong letter, a letter missing. Without the word itself; none shorter than 3.
 */
export const editVariants = (word: string): string[] => {
  const swaps: string[] = []
  const deletions: string[] = []
  const replacements: string[] = []
  const insertions: string[] = []
  for (let i = 0; i <= word.length; i += 1) {
    const head = word.slice(0, i)
    const tail = word.slice(i)
    if (tail.length > 1) {
      swaps.push(head + tail.charAt(1) + tail.charAt(0) + tail.slice(2))
    }
    if (tail.length > 0) {
      deletions.push(head + tail.slice(1))
    }
    for (const letter of LETTERS) {
      if (tail.length > 0) {
        replacements.push(head + letter + tail.slice(1))
      }
      insertions.push(head + letter + tail)
    }
  }
  const out = new Set([...swaps, ...deletions, ...replacements, ...insertions])
  out.delete(word)
  return [...out].filter((variant) => variant.length >= 3)
}

/** Optimal string alignment distance: edits with swaps of neighbours, each substring edited once. */
export const editDistance = (a: string, b: string): number => {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  const at = (i: number, j: number): number => d[i]?.[j] ?? 0
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + cost
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1)
      }
      const row = d[i]
      if (row) {
        row[j] = best
      }
    }
  }
  return at(a.length, b.length)
}

/** Whether the full-text index looks a word up; one letter starts too many words to be worth it. */
export const isIndexed = (plan: WordPlan): boolean => plan.word.length >= 2

/** Whether a word is matched only through its corrections (it starts no word of any product). */
const corrected = (plan: WordPlan): boolean =>
  !plan.known && plan.corrections.length + plan.prefixCorrections.length > 0

/**
 * A `to_tsquery('simple', …)` text: every indexed word, in one of its forms; null when no word
 * is indexed. Only a–z and 0–9 reach it (folded words), so no operator a buyer types can change
 * its meaning. It asks for no weights: the index cannot check them without reading every
 * matching vector, so what must be in a title or a name is checked by `nameNeedles` instead.
 */
export const tsQueryText = (plans: WordPlan[]): string | null => {
  const terms = plans.filter(isIndexed).map((plan) => {
    const forms = corrected(plan)
      ? [
          ...plan.corrections,
          ...plan.prefixCorrections.map((word) => `${word}:*`),
        ]
      : [
          plan.prefix ? `${plan.word}:*` : plan.word,
          ...plan.stems.map((stem) => `${stem}:*`),
        ]
    return forms.length === 1 ? forms[0] : `(${forms.join(" | ")})`
  })
  return terms.length > 0 ? terms.join(" & ") : null
}

/**
 * What must also be found in the titles or names, as needles for `position(needle in
 * ' title words  name words ')`, one of each list: a one-letter word at a word start (whole,
 * unless it is the last word), and a corrected word as one of its corrections.
 */
export const nameNeedles = (plans: WordPlan[]): string[][] =>
  plans.flatMap((plan) => {
    if (!isIndexed(plan)) {
      return [[plan.prefix ? ` ${plan.word}` : ` ${plan.word} `]]
    }
    if (corrected(plan)) {
      return [
        [
          ...plan.corrections.map((word) => ` ${word} `),
          ...plan.prefixCorrections.map((word) => ` ${word}`),
        ],
      ]
    }
    return []
  })

/** The forms of a word that can be in a title, as needles for `position(needle in title_words)`. */
export const titleNeedles = (plan: WordPlan): string[] =>
  corrected(plan)
    ? [
        ...plan.corrections.map((word) => ` ${word} `),
        ...plan.prefixCorrections.map((word) => ` ${word}`),
      ]
    : [
        plan.prefix ? ` ${plan.word}` : ` ${plan.word} `,
        ...plan.stems.map((stem) => ` ${stem}`),
      ]

/**
 * A `to_tsquery('simple', …)` text for the titles alone (the index of `title_words`): the
 * products that have every word of the query in their titles, which rank before all others.
 */
export const titleQueryText = (plans: WordPlan[]): string =>
  plans
    .map((plan) => {
      const forms = titleNeedles(plan).map((needle) =>
        needle.endsWith(" ") ? needle.trim() : `${needle.trim()}:*`
      )
      return forms.length === 1 ? forms[0] : `(${forms.join(" | ")})`
    })
    .join(" & ")

/** Every form of every word, for highlighting what was found. */
export const highlightWords = (plans: WordPlan[]): string[] => [
  ...new Set(
    plans.flatMap((plan) => [
      plan.word,
      ...plan.stems,
      ...plan.corrections,
      ...plan.prefixCorrections,
    ])
  ),
]
