import type { Locale } from "@/i18n/routing"
import type { ImageSource, Picture } from "@/types/image"

import { absoluteUrl, pick } from "./adapter-utils"
import type { StoreImageSet, StoreImageSource } from "./store-types"

const toSources = (
  sources: readonly StoreImageSource[] | null | undefined,
  backendUrl: string
): ImageSource[] =>
  (sources ?? [])
    .flatMap((source) => {
      const url = absoluteUrl(source.url, backendUrl)
      return url && Number.isInteger(source.width) && source.width > 0
        ? [{ width: source.width, url }]
        : []
    })
    .sort((a, b) => a.width - b.width)

/**
 * The backend's ImageSet as our Picture, with the alt text in the page's language. A set without
 * a single WebP rendition cannot be shown and gives undefined.
 */
export const toPicture = (
  set: StoreImageSet | null | undefined,
  locale: Locale,
  backendUrl: string
): Picture | undefined => {
  if (!set) {
    return undefined
  }
  const webp = toSources(set.webp, backendUrl)
  const largest = webp[webp.length - 1]
  if (!largest) {
    return undefined
  }
  const width = set.width > 0 ? set.width : largest.width
  // Heights of sets drawn at 4:3 when the backend leaves them out.
  const height = set.height > 0 ? set.height : Math.round((width * 3) / 4)
  return {
    url: absoluteUrl(set.url, backendUrl) ?? largest.url,
    width,
    height,
    alt: pick(locale, set.alt_vi, set.alt_en) ?? "",
    webp,
    avif: toSources(set.avif, backendUrl),
  }
}

/** Every showable picture of a list, in order. */
export const toPictures = (
  sets: readonly StoreImageSet[] | null | undefined,
  locale: Locale,
  backendUrl: string
): Picture[] =>
  (sets ?? []).flatMap((set) => {
    const picture = toPicture(set, locale, backendUrl)
    return picture ? [picture] : []
  })
