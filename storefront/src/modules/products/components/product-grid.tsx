import type { Product } from "@/types/product"

import { ProductCard } from "./product-card"
import styles from "./product-grid.module.css"

type ProductGridProps = {
  products: Product[]
  fromLabel: string
  labelledBy: string
}

export const ProductGrid = ({
  products,
  fromLabel,
  labelledBy,
}: ProductGridProps) => (
  <ul className={styles.grid} aria-labelledby={labelledBy}>
    {products.map((product) => (
      <li key={product.id} data-testid="product-card">
        <ProductCard product={product} fromLabel={fromLabel} />
      </li>
    ))}
  </ul>
)
