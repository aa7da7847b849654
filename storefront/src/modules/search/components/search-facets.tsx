import { getLocale, getTranslations } from "next-intl/server"

import { getPathname, Link } from "@/i18n/navigation"
import { PRICE_LIMIT } from "@/lib/util/search-params"
import {
  activeSearchFilterCount,
  searchSearchParams,
} from "@/lib/util/search-query"
import type { Province } from "@/types/cooperative"
import type { SearchFacets as Facets, SearchQuery } from "@/types/search"

import { HiddenFields } from "./hidden-fields"
import styles from "./search-facets.module.css"

type SearchFacetsProps = {
  query: SearchQuery
  facets: Facets
  /** Every province, to name a chosen one that no longer has matches. */
  provinces: Province[]
}

type FacetOption = {
  key: string
  label: string
  count: number
  chosen: boolean
  /** The search with this choice made, or taken back when it is chosen. */
  query: Partial<SearchQuery>
}

/** One facet: links that keep the words and the other filters and start again at page 1. */
const FacetGroup = async ({
  id,
  heading,
  options,
  testId,
}: {
  id: string
  heading: string
  options: FacetOption[]
  testId: string
}) => {
  if (options.length === 0) {
    return null
  }
  const t = await getTranslations("search")
  return (
    <section className={styles.group} aria-labelledby={id}>
      <h3 id={id} className={styles.groupHeading}>
        {heading}
      </h3>
      <ul className={styles.options} data-testid={testId}>
        {options.map((option) => (
          <li key={option.key}>
            <Link
              className={styles.option}
              href={{
                pathname: "/search",
                query: searchSearchParams({ ...option.query, page: 1 }),
              }}
              aria-current={option.chosen ? "true" : undefined}
              data-testid="facet-option"
            >
              <span className={styles.optionName} data-testid="facet-name">
                {option.label}
              </span>
              <span className={styles.count} data-testid="facet-count">
                {option.count}
              </span>
              {option.chosen ? (
                <span className="visually-hidden">, {t("chosen")}</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

/**
 * The search's facets as links (each keeps the words, the other filters and the order), and the
 * price range as a small GET form: nothing needs JavaScript. On a phone they fold away under a
 * <details> summary so the results come first; from 56rem they stand beside them.
 */
export const SearchFacets = async ({
  query,
  facets,
  provinces,
}: SearchFacetsProps) => {
  const [locale, t] = await Promise.all([
    getLocale(),
    getTranslations("search"),
  ])
  const provinceOptions: FacetOption[] = facets.provinces
    .filter((option) => option.count > 0 || option.value === query.province)
    .map((option) => ({
      key: option.value,
      label: option.name,
      count: option.count,
      chosen: option.value === query.province,
      query: {
        ...query,
        province: option.value === query.province ? undefined : option.value,
      },
    }))
  if (query.province && !provinceOptions.some((option) => option.chosen)) {
    provinceOptions.unshift({
      key: query.province,
      label:
        provinces.find((province) => province.code === query.province)?.name ??
        query.province,
      count: 0,
      chosen: true,
      query: { ...query, province: undefined },
    })
  }
  const categoryOptions: FacetOption[] = facets.categories
    .filter((option) => option.count > 0 || option.value === query.category)
    .map((option) => ({
      key: option.value,
      label: option.name,
      count: option.count,
      chosen: option.value === query.category,
      query: {
        ...query,
        category: option.value === query.category ? undefined : option.value,
      },
    }))
  if (query.category && !categoryOptions.some((option) => option.chosen)) {
    categoryOptions.unshift({
      key: query.category,
      label: query.category,
      count: 0,
      chosen: true,
      query: { ...query, category: undefined },
    })
  }
  const ocopOptions: FacetOption[] = facets.ocopStars
    .filter(({ stars, count }) => count > 0 || stars === query.ocopMin)
    .map(({ stars, count }) => ({
      key: String(stars),
      label: t("ocopAtLeast", { stars }),
      count,
      chosen: stars === query.ocopMin,
      query: {
        ...query,
        ocopMin: stars === query.ocopMin ? undefined : stars,
      },
    }))
  const stockOptions: FacetOption[] =
    facets.inStock > 0 || query.inStock
      ? [
          {
            key: "in-stock",
            label: t("inStockOnly"),
            count: facets.inStock,
            chosen: query.inStock === true,
            query: { ...query, inStock: query.inStock ? undefined : true },
          },
        ]
      : []
  const active = activeSearchFilterCount(query)
  return (
    <details className={styles.panel} data-testid="search-facets-panel">
      <summary className={styles.summary}>
        {t("filtersSummary")}
        {active > 0 ? (
          <span className={styles.badge}>
            {t("activeCount", { count: active })}
          </span>
        ) : null}
      </summary>
      <div className={styles.body} data-testid="search-facets">
        <h2 className={styles.heading}>{t("filtersHeading")}</h2>
        <FacetGroup
          id="facet-province"
          heading={t("province")}
          options={provinceOptions}
          testId="facet-province"
        />
        <FacetGroup
          id="facet-category"
          heading={t("category")}
          options={categoryOptions}
          testId="facet-category"
        />
        <FacetGroup
          id="facet-ocop"
          heading={t("ocop")}
          options={ocopOptions}
          testId="facet-ocop"
        />
        <FacetGroup
          id="facet-stock"
          heading={t("availability")}
          options={stockOptions}
          testId="facet-stock"
        />
        <form
          className={styles.prices}
          method="get"
          action={getPathname({ href: "/search", locale })}
          aria-labelledby="facet-price"
          data-testid="facet-price"
        >
          <h3 id="facet-price" className={styles.groupHeading}>
            {t("priceRange")}
          </h3>
          <HiddenFields
            params={searchSearchParams({
              ...query,
              priceMin: undefined,
              priceMax: undefined,
              page: 1,
            })}
          />
          <div className={styles.field}>
            <label htmlFor="search-price-min">{t("priceMin")}</label>
            <input
              id="search-price-min"
              name="price_min"
              type="number"
              inputMode="numeric"
              min={0}
              max={PRICE_LIMIT}
              placeholder="0"
              defaultValue={query.priceMin ?? ""}
              data-testid="facet-price-min"
            />
          </div>
          <div className={styles.field}>
            <label htmlFor="search-price-max">{t("priceMax")}</label>
            <input
              id="search-price-max"
              name="price_max"
              type="number"
              inputMode="numeric"
              min={0}
              max={PRICE_LIMIT}
              placeholder="500000"
              defaultValue={query.priceMax ?? ""}
              data-testid="facet-price-max"
            />
          </div>
          <button
            type="submit"
            className={`button ${styles.apply}`}
            data-testid="facet-price-apply"
          >
            {t("applyPrice")}
          </button>
        </form>
      </div>
    </details>
  )
}
