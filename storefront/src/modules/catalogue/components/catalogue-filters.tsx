import { getLocale, getTranslations } from "next-intl/server"

import { getPathname, Link } from "@/i18n/navigation"
import { CERTIFICATION_TYPES } from "@/lib/util/certificates"
import { monthName } from "@/lib/util/months"
import {
  activeFilterCount,
  CATALOGUE_SORTS,
  PRICE_LIMIT,
} from "@/lib/util/search-params"
import type {
  CatalogueFacets,
  CatalogueQuery,
  CatalogueSort,
} from "@/types/catalogue"
import type { Province } from "@/types/cooperative"

import styles from "./catalogue-filters.module.css"

const SORT_LABELS: Record<
  CatalogueSort,
  "sortNewest" | "sortPriceAsc" | "sortPriceDesc" | "sortTitle"
> = {
  newest: "sortNewest",
  price_asc: "sortPriceAsc",
  price_desc: "sortPriceDesc",
  title: "sortTitle",
}

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1)

type CatalogueFiltersProps = {
  query: CatalogueQuery
  facets: CatalogueFacets
  /** Every province, to name a chosen one that has no products at all. */
  provinces: Province[]
}

/**
 * The catalogue's filters as a plain GET form: it works without JavaScript and leaves every choice
 * in the address. Submitting starts again at page 1. On a phone the form folds away under a
 * <details> summary so the products come first; from 56rem it is always open beside them.
 */
export const CatalogueFilters = async ({
  query,
  facets,
  provinces,
}: CatalogueFiltersProps) => {
  const [locale, t, types] = await Promise.all([
    getLocale(),
    getTranslations("catalogue"),
    getTranslations("certificationTypes"),
  ])
  const provinceOptions = [...facets.provinces]
  if (
    query.province &&
    !provinceOptions.some((option) => option.value === query.province)
  ) {
    const name =
      provinces.find((province) => province.code === query.province)?.name ??
      query.province
    provinceOptions.push({ value: query.province, name, count: 0 })
  }
  const categoryOptions = [...facets.categories]
  if (
    query.category &&
    !categoryOptions.some((option) => option.value === query.category)
  ) {
    categoryOptions.push({
      value: query.category,
      name: query.category,
      count: 0,
    })
  }
  const certificationCount = new Map(
    facets.certifications.map((facet) => [facet.value, facet.count])
  )
  const active = activeFilterCount(query)
  return (
    <details className={styles.panel} data-testid="catalogue-filters-panel">
      <summary className={styles.summary}>
        {t("filtersSummary")}
        {active > 0 ? (
          <span className={styles.badge}>
            {t("activeCount", { count: active })}
          </span>
        ) : null}
      </summary>
      <form
        className={styles.form}
        method="get"
        action={getPathname({ href: "/products", locale })}
        aria-labelledby="filters-heading"
        data-testid="catalogue-filters"
      >
        <h2 id="filters-heading" className={styles.heading}>
          {t("filtersHeading")}
        </h2>
        <div className={`${styles.field} ${styles.wide}`}>
          <label htmlFor="filter-province">{t("province")}</label>
          <select
            id="filter-province"
            name="province"
            defaultValue={query.province ?? ""}
            data-testid="filter-province"
          >
            <option value="">{t("anyProvince")}</option>
            {provinceOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {t("option", { name: option.name, count: option.count })}
              </option>
            ))}
          </select>
        </div>
        <div className={`${styles.field} ${styles.wide}`}>
          <label htmlFor="filter-category">{t("category")}</label>
          <select
            id="filter-category"
            name="category"
            defaultValue={query.category ?? ""}
            data-testid="filter-category"
          >
            <option value="">{t("anyCategory")}</option>
            {categoryOptions.map((option) => (
              <option key={option.value} value={option.value}>
                {t("option", { name: option.name, count: option.count })}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="filter-certification">{t("certification")}</label>
          <select
            id="filter-certification"
            name="certification"
            defaultValue={query.certification ?? ""}
            data-testid="filter-certification"
          >
            <option value="">{t("anyCertification")}</option>
            {CERTIFICATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t("option", {
                  name: types(type),
                  count: certificationCount.get(type) ?? 0,
                })}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="filter-ocop">{t("ocop")}</label>
          <select
            id="filter-ocop"
            name="ocop_min"
            defaultValue={query.ocopMin ? String(query.ocopMin) : ""}
            data-testid="filter-ocop"
          >
            <option value="">{t("anyOcop")}</option>
            {[3, 4, 5].map((stars) => (
              <option key={stars} value={stars}>
                {t("ocopAtLeast", { stars })}
              </option>
            ))}
          </select>
        </div>
        <div className={`${styles.field} ${styles.wide}`}>
          <label htmlFor="filter-month">{t("harvestMonth")}</label>
          <select
            id="filter-month"
            name="harvest_month"
            defaultValue={query.harvestMonth ? String(query.harvestMonth) : ""}
            data-testid="filter-month"
          >
            <option value="">{t("anyMonth")}</option>
            {MONTHS.map((month) => (
              <option key={month} value={month}>
                {monthName(month, locale)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className={styles.prices}>
          <legend className={styles.legend}>{t("priceRange")}</legend>
          <div className={styles.field}>
            <label htmlFor="filter-price-min">{t("priceMin")}</label>
            <input
              id="filter-price-min"
              name="price_min"
              type="number"
              inputMode="numeric"
              min={0}
              max={PRICE_LIMIT}
              placeholder="0"
              defaultValue={query.priceMin ?? ""}
              data-testid="filter-price-min"
            />
          </div>
          <div className={styles.field}>
            <label htmlFor="filter-price-max">{t("priceMax")}</label>
            <input
              id="filter-price-max"
              name="price_max"
              type="number"
              inputMode="numeric"
              min={0}
              max={PRICE_LIMIT}
              placeholder="500000"
              defaultValue={query.priceMax ?? ""}
              data-testid="filter-price-max"
            />
          </div>
        </fieldset>
        <div className={`${styles.field} ${styles.wide}`}>
          <label htmlFor="filter-sort">{t("sort")}</label>
          <select
            id="filter-sort"
            name="sort"
            defaultValue={query.sort}
            data-testid="filter-sort"
          >
            {CATALOGUE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(SORT_LABELS[sort])}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.actions}>
          <button type="submit" className="button" data-testid="filter-apply">
            {t("apply")}
          </button>
          <Link className={styles.clear} href="/products">
            {t("clear")}
          </Link>
        </div>
      </form>
    </details>
  )
}
