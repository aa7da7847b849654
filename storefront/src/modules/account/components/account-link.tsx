import { getTranslations } from "next-intl/server"

import { hasCustomerToken } from "@/lib/data/customer"

import { AccountNavLink } from "./account-nav-link"

/**
 * The header's way into the account: "sign in" for a visitor, "account" for a signed-in buyer.
 * It only looks whether the cookie is there, so no page waits on the backend for it.
 */
export const AccountLink = async ({ className }: { className?: string }) => {
  const [signedIn, t] = await Promise.all([
    hasCustomerToken(),
    getTranslations("account"),
  ])
  return (
    <li>
      <AccountNavLink
        href={signedIn ? "/account" : "/account/sign-in"}
        className={className}
      >
        {signedIn ? t("headerAccount") : t("headerSignIn")}
      </AccountNavLink>
    </li>
  )
}
