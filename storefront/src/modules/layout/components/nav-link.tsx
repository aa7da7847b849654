"use client"

import type { ReactNode } from "react"

import { Link, usePathname } from "@/i18n/navigation"

type NavLinkProps = {
  href: "/products" | "/cooperatives" | "/seller"
  className?: string
  children: ReactNode
  testId?: string
}

/** A header link that tells assistive technology when the visitor is in its section. */
export const NavLink = ({
  href,
  className,
  children,
  testId,
}: NavLinkProps) => {
  const pathname = usePathname()
  // "page" on the section's own page, "true" anywhere inside it (a product, a cooperative).
  const current =
    pathname === href
      ? "page"
      : pathname.startsWith(`${href}/`)
        ? "true"
        : undefined
  return (
    <Link
      href={href}
      className={className}
      aria-current={current}
      data-testid={testId}
    >
      {children}
    </Link>
  )
}
