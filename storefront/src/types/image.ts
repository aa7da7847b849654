/** One pre-rendered size of a picture. */
export type ImageSource = { width: number; url: string }

/**
 * A picture the backend has already rendered in several widths, as WebP and AVIF, with its
 * alternative text in the page's language.
 */
export type Picture = {
  /** The largest WebP: for Open Graph and anything that takes one URL. */
  url: string
  /** Intrinsic size of the largest rendition. */
  width: number
  height: number
  alt: string
  /** Ascending widths (320, 640, 960, 1280). */
  webp: ImageSource[]
  avif: ImageSource[]
}
