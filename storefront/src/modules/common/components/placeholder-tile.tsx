import styles from "./placeholder-tile.module.css"

// Earthy colours of highland markets: chilli, turmeric, tea leaf, indigo cloth, red rice.
const PLACEHOLDER_COLOURS = [
  "#a63d22",
  "#b7791f",
  "#3f6b3a",
  "#34506b",
  "#7a3b4f",
  "#6b5a2e",
]

const colourFor = (key: string): string => {
  let hash = 0
  for (const char of key) {
    hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0
  }
  return PLACEHOLDER_COLOURS[hash % PLACEHOLDER_COLOURS.length] ?? "#a63d22"
}

const initial = (title: string): string =>
  Array.from(title.normalize("NFC"))[0]?.toLocaleUpperCase("vi") ?? "?"

/** Stands in for a missing picture: a coloured tile with the name's first letter. */
export const PlaceholderTile = ({
  title,
  colourKey,
}: {
  title: string
  colourKey: string
}) => (
  <div
    className={styles.tile}
    style={{ backgroundColor: colourFor(colourKey) }}
    aria-hidden="true"
  >
    {initial(title)}
  </div>
)
