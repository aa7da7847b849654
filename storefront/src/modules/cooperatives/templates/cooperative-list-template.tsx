import { getLocale, getTranslations } from "next-intl/server"

import { getPathname, Link } from "@/i18n/navigation"
import { pageCount } from "@/lib/util/pagination"
import { COOPERATIVES_PAGE_SIZE } from "@/lib/util/search-params"
import { Pagination } from "@/modules/common/components/pagination"
import type { CooperativeList, Province } from "@/types/cooperative"

import { CooperativeGrid } from "../components/cooperative-grid"
import styles from "./cooperative-list-template.module.css"

type CooperativeListTemplateProps = {
  list: CooperativeList
  province?: string
  page: number
  provinces: Province[]
}

const listQuery = (province: string | undefined, page: number) => ({
  ...(province ? { province } : {}),
  ...(page > 1 ? { page: String(page) } : {}),
})

export const CooperativeListTemplate = async ({
  list,
  province,
  page,
  provinces,
}: CooperativeListTemplateProps) => {
  const [locale, t] = await Promise.all([
    getLocale(),
    getTranslations("cooperatives"),
  ])
  const pages = pageCount(list.count, COOPERATIVES_PAGE_SIZE)
  return (
    <>
      <h1>{t("title")}</h1>
      <p className={styles.intro}>{t("intro")}</p>
      <form
        className={styles.filter}
        method="get"
        action={getPathname({ href: "/cooperatives", locale })}
        data-testid="cooperative-filters"
      >
        <div className={styles.field}>
          <label htmlFor="cooperative-province">{t("province")}</label>
          <select
            id="cooperative-province"
            name="province"
            defaultValue={province ?? ""}
            data-testid="filter-province"
          >
            <option value="">{t("anyProvince")}</option>
            {provinces.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("apply")}
        </button>
      </form>
      <section aria-labelledby="cooperatives-heading">
        <h2
          id="cooperatives-heading"
          className={styles.count}
          data-testid="result-count"
        >
          {t("count", { count: list.count })}
        </h2>
        {list.cooperatives.length > 0 ? (
          <CooperativeGrid
            cooperatives={list.cooperatives}
            labelledBy="cooperatives-heading"
          />
        ) : (
          <div className={styles.empty} data-testid="cooperatives-empty">
            <p>{t("empty")}</p>
            <Link className="button" href="/cooperatives">
              {t("showAll")}
            </Link>
          </div>
        )}
        <Pagination
          page={page}
          pageCount={pages}
          hrefFor={(number) => ({
            pathname: "/cooperatives",
            query: listQuery(province, number),
          })}
        />
      </section>
    </>
  )
}
