import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { pageCount } from "@/lib/util/pagination"
import {
  activeSearchFilterCount,
  SEARCH_PAGE_SIZE,
  searchSearchParams,
} from "@/lib/util/search-query"
import { Pagination } from "@/modules/common/components/pagination"
import type { Province } from "@/types/cooperative"
import type { SearchPage, SearchQuery } from "@/types/search"

import { SearchActiveFilters } from "../components/search-active-filters"
import { SearchFacets } from "../components/search-facets"
import { SearchHit } from "../components/search-hit"
import { SearchSort } from "../components/search-sort"
import styles from "./search-template.module.css"

type SearchTemplateProps = {
  query: SearchQuery
  page: SearchPage
  provinces: Province[]
}

/** How many pictures of the first row load at once. */
const EAGER_PICTURES = 4

export const SearchTemplate = async ({
  query,
  page,
  provinces,
}: SearchTemplateProps) => {
  const t = await getTranslations("search")
  const pages = pageCount(page.total, SEARCH_PAGE_SIZE)
  const pastLastPage = page.hits.length === 0 && page.total > 0
  const filtered = activeSearchFilterCount(query) > 0
  // Nothing to narrow and nothing to take back: the facets would only be an empty box.
  const showFacets = page.total > 0 || filtered
  const search = (change: Partial<SearchQuery>) => ({
    pathname: "/search" as const,
    query: searchSearchParams({ ...query, ...change }),
  })
  return (
    <>
      <h1 className={styles.heading} data-testid="search-heading">
        {query.q ? t("titleFor", { q: query.q }) : t("title")}
      </h1>
      {query.q ? null : <p className={styles.intro}>{t("intro")}</p>}
      <div
        className={
          showFacets ? styles.layout : `${styles.layout} ${styles.single}`
        }
      >
        {showFacets ? (
          <SearchFacets
            query={query}
            facets={page.facets}
            provinces={provinces}
          />
        ) : null}
        <section className={styles.results} aria-labelledby="results-heading">
          <div className={styles.bar}>
            <div>
              <h2
                id="results-heading"
                className={styles.count}
                data-testid="search-count"
              >
                {t("resultCount", { count: page.total })}
              </h2>
              {page.hits.length > 0 && pages > 1 ? (
                <p className={styles.range}>
                  {t("resultRange", {
                    from: page.offset + 1,
                    to: page.offset + page.hits.length,
                    count: page.total,
                  })}
                </p>
              ) : null}
            </div>
            {page.total > 1 ? <SearchSort query={query} /> : null}
          </div>
          <SearchActiveFilters
            query={query}
            facets={page.facets}
            provinces={provinces}
          />
          {page.total === 0 && page.suggestion ? (
            <p className={styles.didYouMean} data-testid="did-you-mean">
              {t.rich("didYouMean", {
                suggestion: page.suggestion,
                link: (words) => (
                  <Link
                    href={search({
                      q: page.suggestion ?? "",
                      sort: undefined,
                      page: 1,
                    })}
                  >
                    <strong>{words}</strong>
                  </Link>
                ),
              })}
            </p>
          ) : null}
          {page.hits.length > 0 ? (
            <ul
              className={styles.grid}
              aria-labelledby="results-heading"
              data-testid="search-hits"
            >
              {page.hits.map((hit, index) => (
                <li key={hit.id} data-testid="search-hit">
                  <SearchHit hit={hit} eager={index < EAGER_PICTURES} />
                </li>
              ))}
            </ul>
          ) : pastLastPage ? (
            <div className={styles.empty} data-testid="search-empty">
              <p>{t("pastLastPage")}</p>
              <Link className="button" href={search({ page: 1 })}>
                {t("goToFirstPage")}
              </Link>
            </div>
          ) : (
            <div className={styles.empty} data-testid="search-empty">
              <p className={styles.emptyTitle}>
                {query.q && !filtered
                  ? t("empty", { q: query.q })
                  : t("emptyFiltered")}
              </p>
              {query.q ? <p>{t("emptyHint")}</p> : null}
              <p className={styles.emptyLinks}>
                {filtered ? (
                  <Link
                    className="button"
                    href={{
                      pathname: "/search",
                      query: searchSearchParams({ q: query.q }),
                    }}
                  >
                    {t("clearFilters")}
                  </Link>
                ) : null}
                <Link href="/products">{t("browseAll")}</Link>
              </p>
            </div>
          )}
          <Pagination
            page={query.page}
            pageCount={pages}
            hrefFor={(number) => search({ page: number })}
          />
        </section>
      </div>
    </>
  )
}
