import type { ReactNode } from "react"

import { Link } from "@/i18n/navigation"
import { ProductGrid } from "@/modules/products/components/product-grid"
import type { CatalogueItem } from "@/types/catalogue"

import styles from "./shelf.module.css"

type ShelfProps = {
  id: string
  heading: ReactNode
  items: CatalogueItem[]
  /** Where the whole list is, and the link's text. */
  seeAll: {
    href: { pathname: string; query: Record<string, string> }
    label: string
  }
  empty: string
  testId: string
}

/** A row of products on the home page with a link to the catalogue filtered the same way. */
export const Shelf = ({
  id,
  heading,
  items,
  seeAll,
  empty,
  testId,
}: ShelfProps) => (
  <section className={styles.shelf} aria-labelledby={id} data-testid={testId}>
    <div className={styles.head}>
      <h2 id={id}>{heading}</h2>
      {items.length > 0 ? <Link href={seeAll.href}>{seeAll.label}</Link> : null}
    </div>
    {items.length > 0 ? (
      <ProductGrid items={items} labelledBy={id} shelf />
    ) : (
      <p className={styles.empty}>{empty}</p>
    )}
  </section>
)
