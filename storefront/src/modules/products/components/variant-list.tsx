import { getTranslations } from "next-intl/server"

import { Price } from "@/modules/common/components/price"
import type { ProductVariant, StockState } from "@/types/product"

import styles from "./variant-list.module.css"

const STOCK_LABELS: Record<StockState, "inStock" | "lowStock" | "outOfStock"> =
  {
    in_stock: "inStock",
    low_stock: "lowStock",
    out_of_stock: "outOfStock",
  }

/** Every size the product comes in, with its price and whether it can be had. */
export const VariantList = async ({
  variants,
}: {
  variants: ProductVariant[]
}) => {
  const t = await getTranslations("product")
  return (
    <section aria-labelledby="product-options">
      <h2 id="product-options" className={styles.heading}>
        {t("optionsHeading")}
      </h2>
      <ul className={styles.list}>
        {variants.map((variant) => (
          <li
            key={variant.id}
            className={`${styles.item} ${variant.stock === "out_of_stock" ? styles.soldOut : ""}`}
            data-testid="variant"
          >
            <span className={styles.name}>
              {variant.title}
              {variant.sku ? (
                <span className={styles.sku}>
                  {t("sku", { sku: variant.sku })}
                </span>
              ) : null}
            </span>
            <Price
              className={styles.price}
              amount={variant.price}
              testId="variant-price"
            />
            {variant.stock ? (
              <span
                className={`${styles.stock} ${styles[variant.stock]}`}
                data-testid="stock-state"
                data-stock={variant.stock}
              >
                {t(STOCK_LABELS[variant.stock])}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
