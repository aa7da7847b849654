import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { listSellerOrders } from "@/lib/data/seller"
import { formatVnd } from "@/lib/util/money"
import {
  pageCount,
  pageFromQuery,
  pageHref,
  pageRange,
} from "@/lib/util/pagination"
import { Pagination } from "@/modules/common/components/pagination"
import { PortalShell } from "@/modules/seller/components/portal-shell"
import styles from "@/modules/seller/components/seller.module.css"
import { requireSeller } from "@/modules/seller/session"

const PAGE_SIZE = 20
const FILTERS = [
  { status: undefined, key: "filterAll" },
  { status: "to_pack", key: "filterToPack" },
  { status: "shipped", key: "filterShipped" },
  { status: "delivered", key: "filterDelivered" },
  { status: "canceled", key: "filterCanceled" },
] as const

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{
    status?: string | string[]
    page?: string | string[]
  }>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.orders" })
  return { title: t("title") }
}

export default async function SellerOrdersPage({
  params,
  searchParams,
}: PageProps) {
  const locale = await readLocale(params)
  const me = await requireSeller("/seller/orders")
  const t = await getTranslations("seller.orders")
  const tStatus = await getTranslations("parcelStatus")
  const query = await searchParams
  const filter =
    FILTERS.find((item) => item.status === query.status) ?? FILTERS[0]
  const pageNumber = pageFromQuery(query.page)
  const { orders, count } = await listSellerOrders({
    ...pageRange(pageNumber, PAGE_SIZE),
    status: filter.status,
  })
  const date = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "vi-VN", {
    dateStyle: "medium",
    timeZone: "Asia/Ho_Chi_Minh",
  })
  return (
    <PortalShell me={me}>
      <h1>{t("title")}</h1>
      <ul className={styles.tabs}>
        {FILTERS.map((item) => (
          <li key={item.key}>
            <Link
              href={
                item.status
                  ? {
                      pathname: "/seller/orders",
                      query: { status: item.status },
                    }
                  : "/seller/orders"
              }
              aria-current={item === filter ? "page" : undefined}
            >
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
      {orders.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className={styles.list} data-testid="seller-orders">
          {orders.map((order) => (
            <li key={order.id} className={styles.card}>
              <p className={styles.itemTitle}>
                <Link href={`/seller/orders/${order.id}`}>
                  {t("number", { id: order.display_id })}
                </Link>{" "}
                · {formatVnd(order.total)}
              </p>
              <p className={styles.meta}>
                {t("placed", { date: date.format(new Date(order.created_at)) })}{" "}
                ·{" "}
                {t("items", {
                  count: order.items.reduce(
                    (sum, item) => sum + item.quantity,
                    0
                  ),
                })}
                {order.shipping_address?.city
                  ? ` · ${order.shipping_address.city}`
                  : ""}
              </p>
              {order.shipment && (
                <p className={styles.meta} data-testid="order-shipment">
                  {t("tracking", { number: order.shipment.tracking_number })} ·{" "}
                  {tStatus(order.shipment.status)}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={pageNumber}
        pageCount={pageCount(count, PAGE_SIZE)}
        hrefFor={pageHref(
          "/seller/orders",
          filter.status ? { status: filter.status } : {}
        )}
      />
    </PortalShell>
  )
}
