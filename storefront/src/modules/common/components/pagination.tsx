import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { visiblePages } from "@/lib/util/pagination"

import styles from "./pagination.module.css"

type PaginationProps = {
  page: number
  pageCount: number
  /** The address of a page, with every filter kept. */
  hrefFor: (page: number) => { pathname: string; query: Record<string, string> }
}

/** Plain links (no script needed): previous, numbered pages with gaps, next. */
export const Pagination = async ({
  page,
  pageCount,
  hrefFor,
}: PaginationProps) => {
  if (pageCount <= 1) {
    return null
  }
  const t = await getTranslations("pagination")
  const pages = visiblePages(page, pageCount)
  return (
    <nav
      className={styles.nav}
      aria-label={t("label")}
      data-testid="pagination"
    >
      <ul className={styles.list}>
        {page > 1 ? (
          <li>
            <Link className={styles.link} href={hrefFor(page - 1)} rel="prev">
              <span aria-hidden="true">←</span>
              <span className="visually-hidden">{t("previous")}</span>
            </Link>
          </li>
        ) : null}
        {pages.map((number, index) => {
          const previous = pages[index - 1]
          return [
            previous !== undefined && number - previous > 1 ? (
              <li
                key={`gap-${number}`}
                className={styles.gap}
                aria-hidden="true"
              >
                …
              </li>
            ) : null,
            <li key={number}>
              {number === page ? (
                <span className={styles.current} aria-current="page">
                  <span className="visually-hidden">
                    {t("page", { page: number })}
                  </span>
                  <span aria-hidden="true">{number}</span>
                </span>
              ) : (
                <Link
                  className={styles.link}
                  href={hrefFor(number)}
                  aria-label={t("page", { page: number })}
                >
                  {number}
                </Link>
              )}
            </li>,
          ]
        })}
        {page < pageCount ? (
          <li>
            <Link className={styles.link} href={hrefFor(page + 1)} rel="next">
              <span className="visually-hidden">{t("next")}</span>
              <span aria-hidden="true">→</span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  )
}
