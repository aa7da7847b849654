import { Link } from "@/i18n/navigation"
import { Price } from "@/modules/common/components/price"
import type { Product } from "@/types/product"

import styles from "./product-card.module.css"
import { ProductThumbnail } from "./product-thumbnail"

type ProductCardProps = {
  product: Product
  /** Shown before the price when the variants are not all the same price. */
  fromLabel: string
}

export const ProductCard = ({ product, fromLabel }: ProductCardProps) => {
  const hasPriceRange = product.variants.some(
    (variant) => variant.price !== product.price
  )
  return (
    <article className={styles.card}>
      <ProductThumbnail
        title={product.title}
        handle={product.handle}
        thumbnail={product.thumbnail}
      />
      <div className={styles.body}>
        <h3 className={styles.title}>
          <Link
            className={styles.link}
            href={`/products/${encodeURIComponent(product.handle)}`}
          >
            {product.title}
          </Link>
        </h3>
        {product.origin ? (
          <p className={styles.origin}>{product.origin}</p>
        ) : null}
        <p className={styles.price}>
          {hasPriceRange ? (
            <span className={styles.from}>{fromLabel}</span>
          ) : null}
          <Price amount={product.price} testId="product-price" />
        </p>
      </div>
    </article>
  )
}
