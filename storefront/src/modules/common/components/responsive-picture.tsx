import { getImageProps } from "next/image"

import { renditionLoader } from "@/lib/util/image-loader"
import type { Picture } from "@/types/image"

type ResponsivePictureProps = {
  picture: Picture
  /** How wide the picture is drawn, as for <img sizes>: the browser picks a rendition from it. */
  sizes: string
  className?: string
  /** Above the fold the picture loads at once, with high priority; elsewhere it waits. */
  eager?: boolean
  /** Decorative use (the card's title already names the product): empty alt. */
  decorative?: boolean
}

/**
 * A backend picture as <picture>: AVIF first, WebP for browsers without it. next/image's
 * getImageProps writes the srcset through a loader that only ever answers with renditions the
 * backend has already made, so Next's own optimizer never runs.
 */
export const ResponsivePicture = ({
  picture,
  sizes,
  className,
  eager = false,
  decorative = false,
}: ResponsivePictureProps) => {
  // The loader works from the renditions; `src` is only the key next/image carries along.
  const src = picture.webp[0]?.url ?? picture.url
  const common = {
    src,
    alt: decorative ? "" : picture.alt,
    width: picture.width,
    height: picture.height,
    sizes,
  }
  const {
    props: { srcSet: avifSrcSet },
  } = getImageProps({ ...common, loader: renditionLoader(picture.avif) })
  const { props } = getImageProps({
    ...common,
    loader: renditionLoader(picture.webp),
    loading: eager ? "eager" : "lazy",
    fetchPriority: eager ? "high" : "auto",
    className,
  })
  return (
    <picture>
      {picture.avif.length > 0 && avifSrcSet ? (
        <source type="image/avif" srcSet={avifSrcSet} sizes={sizes} />
      ) : null}
      <img {...props} alt={props.alt} />
    </picture>
  )
}
