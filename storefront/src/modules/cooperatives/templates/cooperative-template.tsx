import { getLocale, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { paragraphs } from "@/lib/util/text"
import { CertificateList } from "@/modules/common/components/certificate-list"
import { PlaceholderTile } from "@/modules/common/components/placeholder-tile"
import { ResponsivePicture } from "@/modules/common/components/responsive-picture"
import { ProductGrid } from "@/modules/products/components/product-grid"
import type { CooperativeWithProducts } from "@/types/cooperative"

import { Households } from "../components/households"
import styles from "./cooperative-template.module.css"

const COVER_SIZES = "(min-width: 72rem) 42rem, (min-width: 48rem) 60vw, 100vw"

export const CooperativeTemplate = async ({
  cooperative,
}: {
  cooperative: CooperativeWithProducts
}) => {
  const [locale, t] = await Promise.all([
    getLocale(),
    getTranslations("cooperative"),
  ])
  const address = [
    cooperative.addressLine,
    cooperative.communeName,
    cooperative.provinceName,
  ]
    .filter(Boolean)
    .join(", ")
  const groups = new Intl.ListFormat(locale, { type: "conjunction" }).format(
    cooperative.ethnicGroups.map((group) => group.name)
  )
  return (
    <>
      <Link className={styles.back} href="/cooperatives">
        ← {t("backToList")}
      </Link>
      <div className={styles.hero}>
        <div className={styles.cover}>
          {cooperative.cover ? (
            <ResponsivePicture
              picture={cooperative.cover}
              sizes={COVER_SIZES}
              className={styles.image}
              eager
            />
          ) : (
            <PlaceholderTile
              title={cooperative.name.replace(/^HTX\s+/i, "")}
              colourKey={cooperative.handle}
            />
          )}
        </div>
        <div>
          <h1 data-testid="cooperative-name">{cooperative.name}</h1>
          <dl className={styles.facts}>
            <div>
              <dt>{t("location")}</dt>
              <dd data-testid="cooperative-location">{address}</dd>
            </div>
            {cooperative.ethnicGroups.length > 0 ? (
              <div>
                <dt>{t("ethnicGroups")}</dt>
                <dd data-testid="cooperative-ethnic-groups">{groups}</dd>
              </div>
            ) : null}
          </dl>
          <p className={styles.small}>
            {cooperative.foundedYear
              ? `${t("founded", { year: cooperative.foundedYear })} · `
              : null}
            {t("registration", { number: cooperative.registrationNumber })}
          </p>
        </div>
      </div>

      <section className={styles.section} aria-labelledby="households-heading">
        <h2 id="households-heading">{t("householdsHeading")}</h2>
        <Households households={cooperative.households} />
      </section>

      {cooperative.story ? (
        <section className={styles.section} aria-labelledby="story-heading">
          <h2 id="story-heading">{t("storyHeading")}</h2>
          <div className={styles.story} data-testid="cooperative-story">
            {paragraphs(cooperative.story).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </section>
      ) : null}

      <section
        className={styles.section}
        aria-labelledby="certifications-heading"
      >
        <h2 id="certifications-heading">{t("certificationsHeading")}</h2>
        {cooperative.certifications.length > 0 ? (
          <CertificateList certifications={cooperative.certifications} />
        ) : (
          <p className={styles.muted}>{t("noCertifications")}</p>
        )}
      </section>

      <section className={styles.section} aria-labelledby="products-heading">
        <h2 id="products-heading">{t("productsHeading")}</h2>
        {cooperative.products.length > 0 ? (
          <ProductGrid
            items={cooperative.products}
            labelledBy="products-heading"
          />
        ) : (
          <p className={styles.muted}>{t("noProducts")}</p>
        )}
      </section>
    </>
  )
}
