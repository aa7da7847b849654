import type { ImageSet, ImageSource } from "../modules/cooperative/types"

/** A photo as a seller sends it back: the URL POST /seller/uploads answered, with its renditions. */
export type SellerImage = {
  url: string
  width?: number
  height?: number
  webp?: ImageSource[]
  avif?: ImageSource[]
  alt_vi?: string
  alt_en?: string
}

/**
 * The photos the store can show as pictures (a WebP rendition at least), as the origin's image
 * sets. A bare URL has no renditions to choose among and stays only on Medusa's product. Without
 * its own alt text a picture is described by the product's title.
 */
export const toImageSets = (
  images: readonly SellerImage[],
  title: string
): ImageSet[] =>
  images.flatMap((image) => {
    const webp = [...(image.webp ?? [])].sort((a, b) => a.width - b.width)
    const largest = webp[webp.length - 1]
    if (!largest) {
      return []
    }
    const width = image.width ?? largest.width
    return [
      {
        url: image.url,
        width,
        height: image.height ?? Math.round((width * 3) / 4),
        alt_vi: image.alt_vi?.trim() || title,
        alt_en: image.alt_en?.trim() || title,
        webp,
        avif: [...(image.avif ?? [])].sort((a, b) => a.width - b.width),
      },
    ]
  })
