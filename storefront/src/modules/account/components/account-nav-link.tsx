"use client"

import type { ReactNode } from "react"

import { Link, usePathname } from "@/i18n/navigation"

/** The header's account link, marked current anywhere in the account pages. */
export const AccountNavLink = ({
  href,
  className,
  children,
}: {
  href: "/account" | "/account/sign-in"
  className?: string
  children: ReactNode
}) => {
  const pathname = usePathname()
  const current =
    pathname === href
      ? "page"
      : pathname === "/account" || pathname.startsWith("/account/")
        ? "true"
        : undefined
  return (
    <Link
      href={href}
      className={className}
      aria-current={current}
      data-testid="nav-account"
    >
      {children}
    </Link>
  )
}
