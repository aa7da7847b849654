import { getLocale, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { PlaceholderTile } from "@/modules/common/components/placeholder-tile"
import { ResponsivePicture } from "@/modules/common/components/responsive-picture"
import type { Cooperative } from "@/types/cooperative"

import styles from "./cooperative-card.module.css"

const COVER_SIZES = "(min-width: 72rem) 23rem, (min-width: 40rem) 50vw, 100vw"

/** A cooperative in a list: cover, name, province, ethnic groups, households and products. */
export const CooperativeCard = async ({
  cooperative,
}: {
  cooperative: Cooperative
}) => {
  const [locale, t] = await Promise.all([
    getLocale(),
    getTranslations("cooperatives"),
  ])
  const groups = cooperative.ethnicGroups.map((group) => group.name)
  return (
    <article className={styles.card}>
      <div className={styles.cover}>
        {cooperative.cover ? (
          <ResponsivePicture
            picture={cooperative.cover}
            sizes={COVER_SIZES}
            className={styles.image}
          />
        ) : (
          <PlaceholderTile
            title={cooperative.name.replace(/^HTX\s+/i, "")}
            colourKey={cooperative.handle}
          />
        )}
      </div>
      <div className={styles.body}>
        <h3 className={styles.name}>
          <Link
            className={styles.link}
            href={`/cooperatives/${encodeURIComponent(cooperative.handle)}`}
          >
            {cooperative.name}
          </Link>
        </h3>
        <p className={styles.meta} data-testid="cooperative-province">
          {cooperative.communeName
            ? `${cooperative.communeName}, ${cooperative.provinceName}`
            : cooperative.provinceName}
        </p>
        {groups.length > 0 ? (
          <p className={styles.meta}>
            {t("ethnicGroups", {
              groups: new Intl.ListFormat(locale, {
                type: "conjunction",
              }).format(groups),
            })}
          </p>
        ) : null}
        <ul className={styles.facts}>
          <li>
            {t("householdCount", { count: cooperative.households.total })}
          </li>
          <li>{t("productCount", { count: cooperative.productCount })}</li>
        </ul>
      </div>
    </article>
  )
}
