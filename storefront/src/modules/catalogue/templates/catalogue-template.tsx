import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { pageCount } from "@/lib/util/pagination"
import {
  activeFilterCount,
  CATALOGUE_PAGE_SIZE,
  catalogueSearchParams,
} from "@/lib/util/search-params"
import { Pagination } from "@/modules/common/components/pagination"
import { ProductGrid } from "@/modules/products/components/product-grid"
import type { CataloguePage, CatalogueQuery } from "@/types/catalogue"
import type { Province } from "@/types/cooperative"

import { ActiveFilters } from "../components/active-filters"
import { CatalogueFilters } from "../components/catalogue-filters"
import styles from "./catalogue-template.module.css"

type CatalogueTemplateProps = {
  query: CatalogueQuery
  page: CataloguePage
  provinces: Province[]
}

export const CatalogueTemplate = async ({
  query,
  page,
  provinces,
}: CatalogueTemplateProps) => {
  const t = await getTranslations("catalogue")
  const pages = pageCount(page.count, CATALOGUE_PAGE_SIZE)
  const pastLastPage = page.items.length === 0 && page.count > 0
  const filtered = activeFilterCount(query) > 0
  return (
    <>
      <h1>{t("title")}</h1>
      <p className={styles.intro}>{t("intro")}</p>
      <div className={styles.layout}>
        <CatalogueFilters
          query={query}
          facets={page.facets}
          provinces={provinces}
        />
        <section className={styles.results} aria-labelledby="results-heading">
          <h2
            id="results-heading"
            className={styles.count}
            data-testid="result-count"
          >
            {t("resultCount", { count: page.count })}
          </h2>
          {page.items.length > 0 && pages > 1 ? (
            <p className={styles.range}>
              {t("resultRange", {
                from: page.offset + 1,
                to: page.offset + page.items.length,
                count: page.count,
              })}
            </p>
          ) : null}
          <ActiveFilters
            query={query}
            facets={page.facets}
            provinces={provinces}
          />
          {page.items.length > 0 ? (
            <ProductGrid items={page.items} labelledBy="results-heading" />
          ) : pastLastPage ? (
            <div className={styles.empty} data-testid="catalogue-empty">
              <p>{t("pastLastPage")}</p>
              <Link
                className="button"
                href={{
                  pathname: "/products",
                  query: catalogueSearchParams({ ...query, page: 1 }),
                }}
              >
                {t("goToFirstPage")}
              </Link>
            </div>
          ) : (
            <div className={styles.empty} data-testid="catalogue-empty">
              <p>{t("empty")}</p>
              {filtered ? (
                <>
                  <p>{t("emptyHint")}</p>
                  <Link className="button" href="/products">
                    {t("clear")}
                  </Link>
                </>
              ) : null}
            </div>
          )}
          <Pagination
            page={query.page}
            pageCount={pages}
            hrefFor={(number) => ({
              pathname: "/products",
              query: catalogueSearchParams({ ...query, page: number }),
            })}
          />
        </section>
      </div>
    </>
  )
}
