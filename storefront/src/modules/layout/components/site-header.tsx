import { getTranslations } from "next-intl/server"
import { Suspense } from "react"

import { Link } from "@/i18n/navigation"
import { AccountLink } from "@/modules/account/components/account-link"
import { CartLink } from "@/modules/cart/components/cart-link"
import { HeaderSearch } from "@/modules/search/components/header-search"

import { LanguageSwitch, LanguageSwitchWithoutQuery } from "./language-switch"
import { NavLink } from "./nav-link"
import styles from "./site-header.module.css"

export const SiteHeader = async () => {
  const t = await getTranslations("site")
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <div className={styles.brand}>
          <Link href="/" className={styles.name}>
            {t("name")}
          </Link>
          <p className={styles.tagline}>{t("tagline")}</p>
        </div>
        <HeaderSearch className={styles.search} />
        <nav className={styles.nav} aria-label={t("navLabel")}>
          <ul>
            <li>
              <NavLink
                href="/products"
                className={styles.section}
                testId="nav-products"
              >
                {t("navProducts")}
              </NavLink>
            </li>
            <li>
              <NavLink
                href="/cooperatives"
                className={styles.section}
                testId="nav-cooperatives"
              >
                {t("navCooperatives")}
              </NavLink>
            </li>
            <li>
              <NavLink
                href="/seller"
                className={styles.section}
                testId="nav-seller"
              >
                {t("navSell")}
              </NavLink>
            </li>
            <AccountLink className={styles.section} />
            <li>
              <CartLink
                className={`${styles.section} ${styles.cart}`}
                countClassName={styles.cartCount}
              />
            </li>
            <li>
              {/* Search params are only known in the browser for prerendered pages (the 404). */}
              <Suspense
                fallback={
                  <LanguageSwitchWithoutQuery
                    label={t("switchLanguage")}
                    className={styles.language}
                  />
                }
              >
                <LanguageSwitch
                  label={t("switchLanguage")}
                  className={styles.language}
                />
              </Suspense>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
