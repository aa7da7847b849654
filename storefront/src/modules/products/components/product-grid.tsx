import type { CatalogueItem } from "@/types/catalogue"

import { ProductCard } from "./product-card"
import styles from "./product-grid.module.css"

type ProductGridProps = {
  items: CatalogueItem[]
  labelledBy: string
  /** One row of four on wide screens (home shelves, "more from this cooperative"). */
  shelf?: boolean
}

export const ProductGrid = ({
  items,
  labelledBy,
  shelf = false,
}: ProductGridProps) => (
  <ul
    className={shelf ? `${styles.grid} ${styles.shelf}` : styles.grid}
    aria-labelledby={labelledBy}
  >
    {items.map((item) => (
      <li key={item.id} data-testid="product-card">
        <ProductCard item={item} />
      </li>
    ))}
  </ul>
)
