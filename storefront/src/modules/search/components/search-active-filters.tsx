import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { formatVnd } from "@/lib/util/money"
import { searchSearchParams } from "@/lib/util/search-query"
import type { Province } from "@/types/cooperative"
import type { SearchFacets, SearchFilters, SearchQuery } from "@/types/search"

import styles from "./search-active-filters.module.css"

type SearchActiveFiltersProps = {
  query: SearchQuery
  facets: SearchFacets
  provinces: Province[]
}

/** Each filter in use as a link that removes it, keeping the words, the others and the order. */
export const SearchActiveFilters = async ({
  query,
  facets,
  provinces,
}: SearchActiveFiltersProps) => {
  const t = await getTranslations("search")
  const chips: { key: keyof SearchFilters; label: string }[] = []
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
  if (query.ocopMin) {
    chips.push({
      key: "ocopMin",
      label: t("ocopChip", { stars: query.ocopMin }),
    })
  }
  if (query.inStock) {
    chips.push({ key: "inStock", label: t("inStockChip") })
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
      data-testid="search-active-filters"
    >
      {chips.map(({ key, label }) => (
        <li key={key}>
          <Link
            className={styles.chip}
            href={{
              pathname: "/search",
              query: searchSearchParams({
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
