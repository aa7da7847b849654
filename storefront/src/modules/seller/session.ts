import "server-only"

import { getLocale } from "next-intl/server"

import { redirect } from "@/i18n/navigation"
import { getSellerSession } from "@/lib/data/seller"
import type { SellerMe } from "@/types/seller"

/**
 * The signed-in member and cooperative for a portal page. Without a valid token the visitor goes
 * to the sign-in page (and back here after it); an account that has not applied goes to the
 * application form.
 */
export const requireSeller = async (from: string): Promise<SellerMe> => {
  const session = await getSellerSession()
  const locale = await getLocale()
  if (session === undefined) {
    return redirect({
      href: { pathname: "/seller/sign-in", query: { next: from } },
      locale,
    })
  }
  if (session === "unassigned") {
    return redirect({ href: "/seller/apply", locale })
  }
  return session
}
