import { getTranslations } from "next-intl/server"

import { ProductGrid } from "@/modules/products/components/product-grid"
import type { Product } from "@/types/product"

import styles from "./home-template.module.css"

export const HomeTemplate = async ({ products }: { products: Product[] }) => {
  const t = await getTranslations()
  return (
    <>
      <section className={styles.hero} aria-labelledby="home-title">
        <h1 id="home-title">{t("home.title")}</h1>
        <p>{t("home.intro")}</p>
      </section>
      <section aria-labelledby="products-heading">
        <h2 id="products-heading">{t("home.productsHeading")}</h2>
        {products.length > 0 ? (
          <ProductGrid
            products={products}
            fromLabel={t("product.from")}
            labelledBy="products-heading"
          />
        ) : (
          <p className={styles.empty}>{t("home.empty")}</p>
        )}
      </section>
    </>
  )
}
