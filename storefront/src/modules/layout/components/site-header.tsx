import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"

import { LanguageSwitch } from "./language-switch"
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
        <nav className={styles.nav} aria-label={t("navLabel")}>
          <ul>
            <li>
              <LanguageSwitch label={t("switchLanguage")} />
            </li>
          </ul>
        </nav>
      </div>
    </header>
  )
}
