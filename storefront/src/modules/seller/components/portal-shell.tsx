import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import type { SellerMe } from "@/types/seller"

import { signOutAction } from "../actions"
import { PortalNav } from "./portal-nav"
import styles from "./seller.module.css"
import { StatusBadge } from "./status-badge"

/** A signed-in portal page: the cooperative's name and status, the sections, then the page. */
export const PortalShell = async ({
  me,
  children,
  wide = false,
}: {
  me: SellerMe
  children: ReactNode
  wide?: boolean
}) => {
  const t = await getTranslations("seller")
  const links = [
    { href: "/seller", label: t("navHome") },
    { href: "/seller/products", label: t("navProducts") },
    { href: "/seller/orders", label: t("navOrders") },
    { href: "/seller/pickups", label: t("navPickups") },
    { href: "/seller/cod", label: t("navCod") },
    { href: "/seller/products/import", label: t("navImport") },
    { href: "/seller/team", label: t("navTeam") },
    { href: "/seller/profile", label: t("navProfile") },
  ]
  return (
    <div className={wide ? styles.wide : styles.page}>
      <p className={styles.meta}>
        {t("portalName")} · <strong>{me.cooperative.name}</strong>{" "}
        <StatusBadge status={me.cooperative.status} />
      </p>
      <PortalNav label={t("navLabel")} links={links}>
        <form action={signOutAction}>
          <button type="submit" data-testid="seller-sign-out">
            {t("signOut")}
          </button>
        </form>
      </PortalNav>
      {children}
    </div>
  )
}
