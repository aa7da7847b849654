import Image from "next/image"
import { getTranslations } from "next-intl/server"

import { PlaceholderTile } from "@/modules/common/components/placeholder-tile"
import { ResponsivePicture } from "@/modules/common/components/responsive-picture"
import type { Picture } from "@/types/image"

import styles from "./product-gallery.module.css"

// Full width on phones; half the page (at most ~36rem) next to the details from 48rem.
const MAIN_SIZES = "(min-width: 72rem) 36rem, (min-width: 48rem) 50vw, 100vw"
const THUMB_SIZES = "72px"

type ProductGalleryProps = {
  title: string
  handle: string
  images: Picture[]
  /** Medusa's plain thumbnail, shown when the product has no picture set. */
  thumbnail?: string
}

/**
 * The product's pictures side by side in a swipeable, snapping strip; with more than one, small
 * links below jump to each. No script: scrolling and anchors do the work.
 */
export const ProductGallery = async ({
  title,
  handle,
  images,
  thumbnail,
}: ProductGalleryProps) => {
  const t = await getTranslations("product")
  if (images.length === 0) {
    return (
      <div className={styles.gallery} data-testid="product-gallery">
        <div className={`${styles.track} ${styles.slide}`}>
          {thumbnail ? (
            <Image
              className={styles.image}
              src={thumbnail}
              alt={title}
              width={800}
              height={600}
              loading="eager"
              unoptimized
            />
          ) : (
            <PlaceholderTile title={title} colourKey={handle} />
          )}
        </div>
      </div>
    )
  }
  return (
    <div className={styles.gallery} data-testid="product-gallery">
      <ul className={styles.track} aria-label={t("gallery")}>
        {images.map((picture, index) => (
          <li
            key={picture.url}
            id={`picture-${index + 1}`}
            className={styles.slide}
          >
            <ResponsivePicture
              picture={picture}
              sizes={MAIN_SIZES}
              className={styles.image}
              eager={index === 0}
            />
          </li>
        ))}
      </ul>
      {images.length > 1 ? (
        <ul className={styles.thumbs}>
          {images.map((picture, index) => (
            <li key={picture.url}>
              <a
                className={styles.thumb}
                href={`#picture-${index + 1}`}
                aria-label={t("showPicture", {
                  index: index + 1,
                  count: images.length,
                })}
              >
                <ResponsivePicture
                  picture={picture}
                  sizes={THUMB_SIZES}
                  className={styles.image}
                  decorative
                />
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
