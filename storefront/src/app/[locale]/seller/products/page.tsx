import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { listSellerProducts } from "@/lib/data/seller"
import { formatVnd } from "@/lib/util/money"
import {
  pageCount,
  pageFromQuery,
  pageHref,
  pageRange,
} from "@/lib/util/pagination"
import { Pagination } from "@/modules/common/components/pagination"
import { PortalShell } from "@/modules/seller/components/portal-shell"
import { ProductStatus } from "@/modules/seller/components/product-status"
import styles from "@/modules/seller/components/seller.module.css"
import { requireSeller } from "@/modules/seller/session"

const PAGE_SIZE = 20

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ q?: string | string[]; page?: string | string[] }>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.products" })
  return { title: t("title") }
}

export default async function SellerProductsPage({
  params,
  searchParams,
}: PageProps) {
  await readLocale(params)
  const me = await requireSeller("/seller/products")
  const t = await getTranslations("seller.products")
  const query = await searchParams
  const q = typeof query.q === "string" ? query.q.trim().slice(0, 100) : ""
  const pageNumber = pageFromQuery(query.page)
  const { products, count } = await listSellerProducts({
    ...pageRange(pageNumber, PAGE_SIZE),
    q: q || undefined,
  })
  const active = me.cooperative.status === "active"
  return (
    <PortalShell me={me}>
      <h1>{t("title")}</h1>
      {active ? (
        <p>
          <Link href="/seller/products/new" className={styles.button}>
            {t("add")}
          </Link>
        </p>
      ) : (
        <p className={styles.notice}>{t("notActive")}</p>
      )}
      <form method="get" className={styles.actions} role="search">
        <input
          type="search"
          name="q"
          defaultValue={q}
          maxLength={100}
          aria-label={t("search")}
          placeholder={t("search")}
          className={styles.input}
          style={{ flex: "1 1 12rem" }}
        />
        <button type="submit" className={styles.secondary}>
          {t("searchSubmit")}
        </button>
      </form>
      <p className={styles.meta}>{t("count", { count })}</p>
      {products.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className={styles.list} data-testid="seller-products">
          {products.map((product) => {
            const prices = product.variants
              .flatMap((variant) => variant.prices)
              .filter((price) => price.currency_code === "vnd")
              .map((price) => price.amount)
            const stock = product.variants.some(
              (variant) => variant.manage_inventory
            )
              ? product.variants.reduce(
                  (sum, variant) => sum + (variant.inventory_quantity ?? 0),
                  0
                )
              : undefined
            return (
              <li key={product.id} className={styles.item}>
                {product.thumbnail ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a small portal thumbnail, not a store picture
                  <img
                    src={product.thumbnail}
                    alt=""
                    className={styles.thumb}
                  />
                ) : (
                  <span className={styles.thumb} aria-hidden />
                )}
                <div>
                  <p className={styles.itemTitle}>
                    <Link href={`/seller/products/${product.id}`}>
                      {product.title}
                    </Link>
                  </p>
                  <p className={styles.meta}>
                    <ProductStatus status={product.status} />{" "}
                    {prices.length > 0 && formatVnd(Math.min(...prices))} ·{" "}
                    {stock === undefined
                      ? t("noStockTracking")
                      : t("stock", { count: stock })}
                  </p>
                </div>
              </li>
            )
          })}
        </ul>
      )}
      <Pagination
        page={pageNumber}
        pageCount={pageCount(count, PAGE_SIZE)}
        hrefFor={pageHref("/seller/products", q ? { q } : {})}
      />
    </PortalShell>
  )
}
