import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { paragraphs } from "@/lib/util/text"
import { AddToCartSection } from "@/modules/cart/components/add-to-cart-section"
import { Price } from "@/modules/common/components/price"
import type { CatalogueItem } from "@/types/catalogue"
import type { EthnicGroup, Place } from "@/types/cooperative"
import type { Product } from "@/types/product"

import { OriginPanel } from "../components/origin-panel"
import { ProductGallery } from "../components/product-gallery"
import { ProductGrid } from "../components/product-grid"
import { VariantList } from "../components/variant-list"
import styles from "./product-template.module.css"

/** How many of the cooperative's other products the page shows. */
const MORE_COUNT = 4

type ProductTemplateProps = {
  product: Product
  place?: Place
  ethnicGroups: EthnicGroup[]
  /** The cooperative's products, this one included or not. */
  cooperativeProducts: CatalogueItem[]
  qrUrl: string
  jsonLd: string
}

export const ProductTemplate = async ({
  product,
  place,
  ethnicGroups,
  cooperativeProducts,
  qrUrl,
  jsonLd,
}: ProductTemplateProps) => {
  const t = await getTranslations("product")
  const hasPriceRange = product.variants.some(
    (variant) => variant.price !== product.price
  )
  const more = cooperativeProducts
    .filter((item) => item.id !== product.id)
    .slice(0, MORE_COUNT)
  return (
    <>
      <script
        type="application/ld+json"
        // Built by serializeJsonLd, which escapes "<" so nothing in it can end the script.
        dangerouslySetInnerHTML={{ __html: jsonLd }}
      />
      <nav aria-label={t("breadcrumbs")}>
        <ol className={styles.breadcrumbs}>
          <li>
            <Link href="/products">{t("backToList")}</Link>
          </li>
          {product.category ? (
            <li>
              <Link
                href={{
                  pathname: "/products",
                  query: { category: product.category.handle },
                }}
              >
                {product.category.name}
              </Link>
            </li>
          ) : null}
        </ol>
      </nav>
      <article className={styles.layout}>
        <ProductGallery
          title={product.title}
          handle={product.handle}
          images={product.images}
          thumbnail={product.thumbnail}
        />
        <div className={styles.details}>
          <h1 data-testid="product-title">{product.title}</h1>
          {product.subtitle ? (
            <p className={styles.subtitle}>{product.subtitle}</p>
          ) : null}
          {product.cooperative ? (
            <p className={styles.maker}>
              <Link
                href={`/cooperatives/${encodeURIComponent(product.cooperative.handle)}`}
              >
                {product.cooperative.name}
              </Link>
              {place ? ` · ${place.provinceName}` : null}
            </p>
          ) : null}
          <p className={styles.price}>
            {hasPriceRange ? (
              <span className={styles.from}>{t("from")}</span>
            ) : null}
            <Price amount={product.price} testId="product-price" />
          </p>
          <VariantList variants={product.variants} />
          <AddToCartSection
            variants={product.variants}
            productTitle={product.title}
          />
          {product.description ? (
            <div className={styles.description}>
              {paragraphs(product.description).map((paragraph, index) => (
                <p key={index}>{paragraph}</p>
              ))}
            </div>
          ) : null}
        </div>
      </article>
      {product.origin ? (
        <OriginPanel
          origin={product.origin}
          cooperative={product.cooperative}
          place={place}
          ethnicGroups={ethnicGroups}
          qrUrl={qrUrl}
        />
      ) : null}
      {product.cooperative && more.length > 0 ? (
        <section className={styles.more} aria-labelledby="more-heading">
          <div className={styles.moreHead}>
            <h2 id="more-heading">
              {t("moreFromCooperative", {
                cooperative: product.cooperative.name,
              })}
            </h2>
            <Link
              href={`/cooperatives/${encodeURIComponent(product.cooperative.handle)}`}
            >
              {t("visitCooperative")}
            </Link>
          </div>
          <ProductGrid items={more} labelledBy="more-heading" shelf />
        </section>
      ) : null}
    </>
  )
}
