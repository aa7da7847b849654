import { getTranslations } from "next-intl/server"

import styles from "./site-footer.module.css"

export const SiteFooter = async () => {
  const t = await getTranslations("site")
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>{t("footer")}</p>
        <p>{t("footerPrices")}</p>
      </div>
    </footer>
  )
}
