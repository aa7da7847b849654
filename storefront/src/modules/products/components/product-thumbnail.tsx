import Image from "next/image"
import styles from "./product-thumbnail.module.css"

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

type ProductThumbnailProps = {
  title: string
  handle: string
  thumbnail?: string
  /** Above the fold (the product page) the photo loads at once; in lists it waits. */
  eager?: boolean
}

/** The product photo, or a coloured tile with the title's first letter when there is none. */
export const ProductThumbnail = ({
  title,
  handle,
  thumbnail,
  eager = false,
}: ProductThumbnailProps) => (
  <div className={styles.frame}>
    {thumbnail ? (
      // Unoptimized until images are resized at upload (sharp): photos come from the backend's
      // own host, which Next's optimizer may not reach.
      <Image
        className={styles.image}
        src={thumbnail}
        alt={title}
        width={800}
        height={600}
        loading={eager ? "eager" : "lazy"}
        unoptimized
      />
    ) : (
      <div
        className={styles.placeholder}
        style={{ backgroundColor: colourFor(handle) }}
        aria-hidden="true"
      >
        {initial(title)}
      </div>
    )}
  </div>
)
