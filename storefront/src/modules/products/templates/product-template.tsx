import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { Price } from "@/modules/common/components/price"
import type { Product } from "@/types/product"

import { ProductThumbnail } from "../components/product-thumbnail"
import styles from "./product-template.module.css"

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "")

export const ProductTemplate = async ({ product }: { product: Product }) => {
  const t = await getTranslations("product")
  const hasPriceRange = product.variants.some(
    (variant) => variant.price !== product.price
  )
  return (
    <>
      <Link className={styles.back} href="/">
        ← {t("backToList")}
      </Link>
      <article className={styles.layout}>
        <ProductThumbnail
          title={product.title}
          handle={product.handle}
          thumbnail={product.thumbnail}
          eager
        />
        <div>
          <h1 data-testid="product-title">{product.title}</h1>
          {product.subtitle ? (
            <p className={styles.subtitle}>{product.subtitle}</p>
          ) : null}
          {product.origin ? (
            <p className={styles.origin}>
              <span className={styles.originLabel}>{t("origin")}:</span>{" "}
              {product.origin}
            </p>
          ) : null}
          <p className={styles.price}>
            {hasPriceRange ? (
              <span className={styles.from}>{t("from")}</span>
            ) : null}
            <Price amount={product.price} testId="product-price" />
          </p>
          {product.description ? (
            <div className={styles.description}>
              {paragraphs(product.description).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ) : null}
          {product.variants.length > 1 ? (
            <section
              className={styles.options}
              aria-labelledby="product-options"
            >
              <h2 id="product-options">{t("optionsHeading")}</h2>
              <ul className={styles.variants}>
                {product.variants.map((variant) => (
                  <li key={variant.id}>
                    <span>{variant.title}</span>
                    <Price
                      className={styles.variantPrice}
                      amount={variant.price}
                    />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </article>
    </>
  )
}
