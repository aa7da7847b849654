import "server-only"

import { getLocale } from "next-intl/server"

import { redirect } from "@/i18n/navigation"
import { getOfficerSession } from "@/lib/data/officer"
import type { Officer } from "@/types/impact"

/**
 * The signed-in officer for an officer page. Without an officer's token (a visitor, a buyer, a
 * seller, an officer the operator removed) the visitor goes to the sign-in page, and back here
 * after it.
 */
export const requireOfficer = async (from: string): Promise<Officer> => {
  const officer = await getOfficerSession()
  if (!officer) {
    return redirect({
      href: { pathname: "/officer/sign-in", query: { next: from } },
      locale: await getLocale(),
    })
  }
  return officer
}

/** Where a sign-in may send the officer back to: an officer page of this site, nothing else. */
export const safeNext = (next: string): string =>
  /^\/officer(\/[\w-]*)*(\?[\w=&%.-]*)?$/.test(next) &&
  !next.startsWith("/officer/sign-in")
    ? next
    : "/officer"
