import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import { SiteFooter } from "../components/site-footer"
import { SiteHeader } from "../components/site-header"

export const SiteLayout = async ({ children }: { children: ReactNode }) => {
  const t = await getTranslations("site")
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipToContent")}
      </a>
      <SiteHeader />
      <main id="main">{children}</main>
      <SiteFooter />
    </>
  )
}
