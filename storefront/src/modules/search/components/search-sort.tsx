import { getLocale, getTranslations } from "next-intl/server"

import { getPathname } from "@/i18n/navigation"
import { SEARCH_SORTS, searchSearchParams } from "@/lib/util/search-query"
import type { SearchQuery, SearchSort as Sort } from "@/types/search"

import { HiddenFields } from "./hidden-fields"
import styles from "./search-sort.module.css"

const SORT_LABELS: Record<
  Sort,
  "sortRelevance" | "sortNewest" | "sortPriceAsc" | "sortPriceDesc"
> = {
  relevance: "sortRelevance",
  newest: "sortNewest",
  price_asc: "sortPriceAsc",
  price_desc: "sortPriceDesc",
}

/** The order of the results: a GET form that keeps the words and the filters. */
export const SearchSort = async ({ query }: { query: SearchQuery }) => {
  const [locale, t] = await Promise.all([
    getLocale(),
    getTranslations("search"),
  ])
  // Without words nothing is more relevant than anything else.
  const sorts = SEARCH_SORTS.filter(
    (sort) => sort !== "relevance" || query.q !== ""
  )
  return (
    <form
      className={styles.form}
      method="get"
      action={getPathname({ href: "/search", locale })}
      data-testid="search-sort-form"
    >
      <HiddenFields
        params={searchSearchParams({ ...query, sort: undefined, page: 1 })}
      />
      <label htmlFor="search-sort">{t("sort")}</label>
      <select
        id="search-sort"
        name="sort"
        defaultValue={query.sort}
        data-testid="search-sort"
      >
        {sorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(SORT_LABELS[sort])}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className={styles.apply}
        data-testid="search-sort-apply"
      >
        {t("applySort")}
      </button>
    </form>
  )
}
