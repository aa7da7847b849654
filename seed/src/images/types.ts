/** One illustration stored through the File module, in every width and format the storefront uses. */
export type ImageSet = {
  /** The largest WebP rendition: a safe default `src`. */
  url: string
  width: number
  height: number
  alt_vi: string
  alt_en: string
  /** Ascending by width, for `srcset`. */
  webp: { width: number; url: string }[]
  /** Ascending by width, for `srcset`. */
  avif: { width: number; url: string }[]
}

export type RenditionFormat = "webp" | "avif"

export type Rendition = {
  width: number
  height: number
  format: RenditionFormat
  buffer: Buffer
}

export type RenderedImage = {
  /** Size of the largest rendition. */
  width: number
  height: number
  /** Ascending by width; for each width the WebP comes before the AVIF. */
  renditions: Rendition[]
}
