import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { getCodSummary } from "@/lib/data/seller"
import { formatDate } from "@/lib/util/dates"
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

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{ page?: string | string[] }>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.cod" })
  return { title: t("title") }
}

/** The cash couriers collected for the cooperative, what they paid over, and what they still owe. */
export default async function SellerCodPage({
  params,
  searchParams,
}: PageProps) {
  const locale = await readLocale(params)
  const me = await requireSeller("/seller/cod")
  const [t, tOrders] = await Promise.all([
    getTranslations("seller.cod"),
    getTranslations("seller.orders"),
  ])
  const query = await searchParams
  const pageNumber = pageFromQuery(query.page)
  const summary = await getCodSummary({
    ...pageRange(pageNumber, PAGE_SIZE),
  })
  const totals = [
    { key: "collected", total: summary.collected },
    { key: "remitted", total: summary.remitted },
    { key: "outstanding", total: summary.outstanding },
  ] as const
  return (
    <PortalShell me={me}>
      <h1>{t("title")}</h1>
      <p className={styles.meta}>{t("intro")}</p>
      <div className={styles.totals} data-testid="cod-totals">
        {totals.map(({ key, total }) => (
          <div key={key} className={styles.stat} data-testid={`cod-${key}`}>
            <p className={styles.meta}>{t(key)}</p>
            <p className={styles.statValue}>{formatVnd(total.amount)}</p>
            <p className={styles.meta}>
              {t("parcels", { count: total.parcels })}
            </p>
          </div>
        ))}
      </div>
      <h2>{t("table")}</h2>
      {summary.shipments.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className={`${styles.card} ${styles.scroll}`}>
          <table className={styles.table} data-testid="cod-parcels">
            <thead>
              <tr>
                <th scope="col">{t("order")}</th>
                <th scope="col">{t("amount")}</th>
                <th scope="col">{t("remittedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {summary.shipments.map((shipment) => (
                <tr key={shipment.tracking_number}>
                  <td>
                    <Link href={`/seller/orders/${shipment.order_id}`}>
                      {tOrders("number", { id: shipment.display_id })}
                    </Link>
                    <br />
                    <span className={`${styles.meta} ${styles.nowrap}`}>
                      {shipment.tracking_number}
                    </span>
                  </td>
                  <td>
                    <span className={styles.nowrap}>
                      {formatVnd(shipment.cod_amount)}
                    </span>
                    <br />
                    <span className={`${styles.meta} ${styles.nowrap}`}>
                      {shipment.collected_at
                        ? formatDate(shipment.collected_at, locale)
                        : t("notCollected")}
                    </span>
                  </td>
                  <td>
                    {shipment.remitted_at ? (
                      <>
                        {formatVnd(shipment.remitted_amount ?? 0)}
                        <br />
                        <span className={`${styles.meta} ${styles.nowrap}`}>
                          {formatDate(shipment.remitted_at, locale)}
                        </span>
                      </>
                    ) : (
                      <span className={styles.meta}>{t("notRemitted")}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        page={pageNumber}
        pageCount={pageCount(summary.count, PAGE_SIZE)}
        hrefFor={pageHref("/seller/cod")}
      />
    </PortalShell>
  )
}
