import { getLocale, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { formatVnd } from "@/lib/util/money"
import { monthName } from "@/lib/util/months"
import { catalogueSearchParams } from "@/lib/util/search-params"
import type {
  CatalogueFacets,
  CatalogueFilters,
  CatalogueQuery,
} from "@/types/catalogue"
import type { Province } from "@/types/cooperative"

import styles from "./active-filters.module.css"

type ActiveFiltersProps = {
  query: CatalogueQuery
  facets: CatalogueFacets
  provinces: Province[]
}

/** Each filter in use as a link that removes it, keeping the others (and the sort). */
export const ActiveFilters = async ({
  query,
  facets,
  provinces,
}: ActiveFiltersProps) => {
  const [locale, t, types] = await Promise.all([
    getLocale(),
    getTranslations("catalogue"),
    getTranslations("certificationTypes"),
  ])
  const chips: { key: keyof CatalogueFilters; label: string }[] = []
  if (query.province) {
    chips.push({
      key: "province",
      label:
        facets.provinces.find((option) => option.value === query.province)
          ?.name ??
        provinces.find((province) => province.code === query.province)?.name ??
        query.province,
    })
  }
  if (query.category) {
    chips.push({
      key: "category",
      label:
        facets.categories.find((option) => option.value === query.category)
          ?.name ?? query.category,
    })
  }
  if (query.certification) {
    chips.push({ key: "certification", label: types(query.certification) })
  }
  if (query.ocopMin) {
    chips.push({
      key: "ocopMin",
      label: t("ocopChip", { stars: query.ocopMin }),
    })
  }
  if (query.harvestMonth) {
    chips.push({
      key: "harvestMonth",
      label: monthName(query.harvestMonth, locale),
    })
  }
  if (query.priceMin !== undefined) {
    chips.push({
      key: "priceMin",
      label: t("priceFrom", { price: formatVnd(query.priceMin) }),
    })
  }
  if (query.priceMax !== undefined) {
    chips.push({
      key: "priceMax",
      label: t("priceTo", { price: formatVnd(query.priceMax) }),
    })
  }
  if (chips.length === 0) {
    return null
  }
  return (
    <ul
      className={styles.bar}
      aria-label={t("activeFilters")}
      data-testid="active-filters"
    >
      {chips.map(({ key, label }) => (
        <li key={key}>
          <Link
            className={styles.chip}
            href={{
              pathname: "/products",
              query: catalogueSearchParams({
                ...query,
                [key]: undefined,
                page: 1,
              }),
            }}
            aria-label={t("removeFilter", { filter: label })}
          >
            {label} <span aria-hidden="true">✕</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
