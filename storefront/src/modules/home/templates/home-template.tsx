import { getLocale, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { monthName } from "@/lib/util/months"
import { CooperativeGrid } from "@/modules/cooperatives/components/cooperative-grid"
import type { CatalogueFacets, CatalogueItem } from "@/types/catalogue"
import type { Cooperative } from "@/types/cooperative"

import { RegionList } from "../components/region-list"
import { Shelf } from "../components/shelf"
import styles from "./home-template.module.css"

type ShelfData = { items: CatalogueItem[]; count: number }

type HomeTemplateProps = {
  cooperatives: Cooperative[]
  provinces: CatalogueFacets["provinces"]
  inSeason: ShelfData & { month: number }
  ocop: ShelfData
}

export const HomeTemplate = async ({
  cooperatives,
  provinces,
  inSeason,
  ocop,
}: HomeTemplateProps) => {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("home")])
  const hasProducts = provinces.some((province) => province.count > 0)
  return (
    <>
      <section className={styles.hero} aria-labelledby="home-title">
        <h1 id="home-title">{t("title")}</h1>
        <p>{t("intro")}</p>
        <Link className="button" href="/products">
          {t("browseProducts")}
        </Link>
      </section>

      {!hasProducts ? <p className={styles.empty}>{t("empty")}</p> : null}

      <Shelf
        id="in-season-heading"
        testId="in-season-shelf"
        heading={t("inSeasonHeading", {
          month: monthName(inSeason.month, locale),
        })}
        items={inSeason.items}
        seeAll={{
          href: {
            pathname: "/products",
            query: { harvest_month: String(inSeason.month) },
          },
          label: t("seeAll", { count: inSeason.count }),
        }}
        empty={t("inSeasonEmpty")}
      />

      {cooperatives.length > 0 ? (
        <section
          className={styles.section}
          aria-labelledby="cooperatives-heading"
          data-testid="featured-cooperatives"
        >
          <div className={styles.head}>
            <h2 id="cooperatives-heading">{t("cooperativesHeading")}</h2>
            <Link href="/cooperatives">{t("allCooperatives")}</Link>
          </div>
          <CooperativeGrid
            cooperatives={cooperatives}
            labelledBy="cooperatives-heading"
          />
        </section>
      ) : null}

      {hasProducts ? (
        <section
          className={styles.section}
          aria-labelledby="regions-heading"
          data-testid="regions"
        >
          <h2 id="regions-heading">{t("regionsHeading")}</h2>
          <p className={styles.note}>{t("regionsIntro")}</p>
          <RegionList provinces={provinces} labelledBy="regions-heading" />
        </section>
      ) : null}

      <Shelf
        id="ocop-heading"
        testId="ocop-shelf"
        heading={t("ocopHeading")}
        items={ocop.items}
        seeAll={{
          href: { pathname: "/products", query: { ocop_min: "4" } },
          label: t("seeAll", { count: ocop.count }),
        }}
        empty={t("ocopEmpty")}
      />
    </>
  )
}
