import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { PlaceholderTile } from "@/modules/common/components/placeholder-tile"
import { Price } from "@/modules/common/components/price"
import type { SearchHitItem } from "@/types/search"

import { Highlighted } from "./highlighted"
import styles from "./search-hit.module.css"

type SearchHitProps = {
  hit: SearchHitItem
  /** The first few pictures are above the fold: they load at once. */
  eager: boolean
}

/** A product that matched: its picture, the title with the matches marked, maker, place, price. */
export const SearchHit = async ({ hit, eager }: SearchHitProps) => {
  const t = await getTranslations("search")
  return (
    <article className={styles.card}>
      <div className={styles.frame}>
        {hit.thumbnail ? (
          // eslint-disable-next-line @next/next/no-img-element -- the index holds one rendition; the title names the product
          <img
            className={styles.image}
            src={hit.thumbnail}
            alt=""
            width={320}
            height={240}
            loading={eager ? "eager" : "lazy"}
            decoding="async"
          />
        ) : (
          <PlaceholderTile title={hit.title} colourKey={hit.handle} />
        )}
        {hit.inStock ? null : (
          <span className={styles.badge} data-testid="search-hit-sold-out">
            {t("outOfStock")}
          </span>
        )}
      </div>
      <div className={styles.body}>
        <h3 className={styles.title}>
          <Link
            className={styles.link}
            href={`/products/${encodeURIComponent(hit.handle)}`}
            data-testid="search-hit-title"
          >
            <Highlighted segments={hit.titleSegments} />
          </Link>
        </h3>
        <p className={styles.meta}>{hit.cooperative.name}</p>
        {hit.provinceName ? (
          <p className={styles.meta} data-testid="search-hit-province">
            {hit.provinceName}
          </p>
        ) : null}
        {hit.snippet ? (
          <p className={styles.snippet} data-testid="search-hit-snippet">
            <Highlighted segments={hit.snippet} />
          </p>
        ) : null}
        <p className={styles.price}>
          {hit.price === null ? (
            <span className={styles.noPrice}>{t("noPrice")}</span>
          ) : (
            <Price amount={hit.price} testId="search-hit-price" />
          )}
        </p>
      </div>
    </article>
  )
}
