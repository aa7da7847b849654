import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import type { CatalogueFacets } from "@/types/catalogue"

import styles from "./region-list.module.css"

/** The provinces with products at the market, each a link to the catalogue filtered to it. */
export const RegionList = async ({
  provinces,
  labelledBy,
}: {
  provinces: CatalogueFacets["provinces"]
  labelledBy: string
}) => {
  const t = await getTranslations("cooperatives")
  return (
    <ul className={styles.list} aria-labelledby={labelledBy}>
      {provinces
        .filter((province) => province.count > 0)
        .map((province) => (
          <li key={province.value}>
            <Link
              className={styles.link}
              href={{
                pathname: "/products",
                query: { province: province.value },
              }}
              data-testid="region-link"
            >
              <span className={styles.name}>{province.name}</span>
              <span className={styles.count}>
                {t("productCount", { count: province.count })}
              </span>
            </Link>
          </li>
        ))}
    </ul>
  )
}
