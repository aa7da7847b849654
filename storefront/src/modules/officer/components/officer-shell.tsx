import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import { PortalNav } from "@/modules/seller/components/portal-nav"
import type { Officer } from "@/types/impact"

import { officerSignOutAction } from "../actions"
import styles from "./officer.module.css"

/** A signed-in officer page: who is signed in and what they may read, the sections, the page. */
export const OfficerShell = async ({
  officer,
  children,
}: {
  officer: Officer
  children: ReactNode
}) => {
  const t = await getTranslations("officer")
  const links = [
    { href: "/officer", label: t("navDashboard") },
    { href: "/officer/recorded-sales", label: t("navRecorded") },
  ]
  return (
    <div className={styles.page}>
      <div className={styles.noPrint}>
        <p className={styles.meta}>
          {t("portalName")} · <strong>{officer.name}</strong> ·{" "}
          <span data-testid="officer-scope">
            {officer.allProvinces
              ? t("scopeAll")
              : t("scopeLimited", {
                  provinces: officer.provinces
                    .map((province) => province.name)
                    .join(", "),
                })}
          </span>
        </p>
        <PortalNav label={t("navLabel")} links={links}>
          <form action={officerSignOutAction}>
            <button type="submit" data-testid="officer-sign-out">
              {t("signOut")}
            </button>
          </form>
        </PortalNav>
      </div>
      {children}
    </div>
  )
}
