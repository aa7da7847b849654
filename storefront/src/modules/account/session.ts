import "server-only"

import { getLocale } from "next-intl/server"

import { redirect } from "@/i18n/navigation"
import { getCustomer } from "@/lib/data/customer"
import type { Customer } from "@/types/account"

/**
 * The signed-in buyer for an account page. Without a valid token the visitor goes to the sign-in
 * page, and back to `from` after it.
 */
export const requireCustomer = async (from: string): Promise<Customer> => {
  const customer = await getCustomer()
  if (!customer) {
    return redirect({
      href: { pathname: "/account/sign-in", query: { next: from } },
      locale: await getLocale(),
    })
  }
  return customer
}
