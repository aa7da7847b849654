import { getTranslations } from "next-intl/server"
import type { ReactNode } from "react"

import { PortalNav } from "@/modules/seller/components/portal-nav"
import styles from "@/modules/seller/components/seller.module.css"
import type { Customer } from "@/types/account"

import { signOutAction } from "../actions"

/** A signed-in account page: who is signed in, the sections, signing out, then the page. */
export const AccountShell = async ({
  customer,
  children,
}: {
  customer: Customer
  children: ReactNode
}) => {
  const t = await getTranslations("account")
  const links = [
    { href: "/account", label: t("navProfile") },
    { href: "/account/addresses", label: t("navAddresses") },
    { href: "/account/orders", label: t("navOrders") },
  ]
  return (
    <div className={styles.page}>
      <p className={styles.meta} data-testid="account-hello">
        {t("hello", { name: customer.name || customer.email })}
      </p>
      <PortalNav label={t("navLabel")} links={links}>
        <form action={signOutAction}>
          <button type="submit" data-testid="sign-out">
            {t("signOut")}
          </button>
        </form>
      </PortalNav>
      {children}
    </div>
  )
}
