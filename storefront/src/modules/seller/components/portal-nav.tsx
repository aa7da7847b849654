"use client"

import { Link, usePathname } from "@/i18n/navigation"

import styles from "./seller.module.css"

type PortalNavProps = {
  label: string
  links: { href: string; label: string }[]
  children?: React.ReactNode
}

/** The portal's sections; the current one is marked for the eye and for screen readers. */
export const PortalNav = ({ label, links, children }: PortalNavProps) => {
  const pathname = usePathname()
  const current = links
    .map((link) => link.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0]
  return (
    <nav className={styles.nav} aria-label={label}>
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? "page" : undefined}
            >
              {link.label}
            </Link>
          </li>
        ))}
        <li>{children}</li>
      </ul>
    </nav>
  )
}
