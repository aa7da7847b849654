import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { PlaceholderTile } from "@/modules/common/components/placeholder-tile"
import { Price } from "@/modules/common/components/price"
import { ResponsivePicture } from "@/modules/common/components/responsive-picture"
import type { CatalogueItem } from "@/types/catalogue"

import styles from "./product-card.module.css"

// One column under 40rem is at most half the screen; wider grids show 3–4 cards of ~17rem.
const CARD_SIZES = "(min-width: 72rem) 17rem, (min-width: 40rem) 33vw, 50vw"

/** A product in a grid: its picture, name, maker, place, OCOP rating and lowest price. */
export const ProductCard = async ({ item }: { item: CatalogueItem }) => {
  const t = await getTranslations("productCard")
  return (
    <article className={styles.card}>
      <div className={styles.frame}>
        {item.image ? (
          <ResponsivePicture
            picture={item.image}
            sizes={CARD_SIZES}
            className={styles.image}
          />
        ) : (
          <PlaceholderTile title={item.title} colourKey={item.handle} />
        )}
        {item.ocopStars ? (
          <span className={styles.badge} data-testid="ocop-badge">
            <span aria-hidden="true">OCOP {"★".repeat(item.ocopStars)}</span>
            <span className="visually-hidden">
              {t("ocop", { stars: item.ocopStars })}
            </span>
          </span>
        ) : null}
      </div>
      <div className={styles.body}>
        <h3 className={styles.title}>
          <Link
            className={styles.link}
            href={`/products/${encodeURIComponent(item.handle)}`}
          >
            {item.title}
          </Link>
        </h3>
        <p className={styles.meta}>{item.cooperative.name}</p>
        {item.provinceName ? (
          <p className={styles.meta} data-testid="product-province">
            {item.provinceName}
          </p>
        ) : null}
        <p className={styles.price}>
          <Price amount={item.price} testId="card-price" />
        </p>
      </div>
    </article>
  )
}
