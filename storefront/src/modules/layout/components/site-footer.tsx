import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"

import styles from "./site-footer.module.css"

export const SiteFooter = async () => {
  const t = await getTranslations("site")
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t("footer")}</p>
        <p>{t("footerPrices")}</p>
        <nav aria-label={t("footerLinks")}>
          <ul className={styles.links}>
            <li>
              <Link href="/transparency" data-testid="footer-transparency">
                {t("footerTransparency")}
              </Link>
            </li>
            <li>
              <Link href="/officer" data-testid="footer-officer">
                {t("footerOfficer")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
