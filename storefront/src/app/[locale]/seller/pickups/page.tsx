import type { Metadata } from "next"
import { getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { readLocale } from "@/i18n/locale"
import { listPickups } from "@/lib/data/seller"
import { formatDateTime, formatVietnamDay } from "@/lib/util/dates"
import {
  pageCount,
  pageFromQuery,
  pageHref,
  pageRange,
} from "@/lib/util/pagination"
import { Pagination } from "@/modules/common/components/pagination"
import { FormMessage } from "@/modules/seller/components/field"
import { PickupForm } from "@/modules/seller/components/pickup-form"
import { PortalShell } from "@/modules/seller/components/portal-shell"
import styles from "@/modules/seller/components/seller.module.css"
import { requireSeller } from "@/modules/seller/session"

const PAGE_SIZE = 20

type PageProps = {
  params: Promise<{ locale: string }>
  searchParams: Promise<{
    page?: string | string[]
    requested?: string | string[]
  }>
}

export async function generateMetadata({
  params,
}: PageProps): Promise<Metadata> {
  const locale = await readLocale(params)
  const t = await getTranslations({ locale, namespace: "seller.pickups" })
  return { title: t("title") }
}

/** The parcels waiting for the courier, one button to have it come, and the past requests. */
export default async function SellerPickupsPage({
  params,
  searchParams,
}: PageProps) {
  const locale = await readLocale(params)
  const me = await requireSeller("/seller/pickups")
  const [t, tOrders, tStatus] = await Promise.all([
    getTranslations("seller.pickups"),
    getTranslations("seller.orders"),
    getTranslations("parcelStatus"),
  ])
  const query = await searchParams
  const pageNumber = pageFromQuery(query.page)
  const { pickups, count, waiting } = await listPickups({
    ...pageRange(pageNumber, PAGE_SIZE),
  })
  const requested =
    typeof query.requested === "string"
      ? pickups.find((pickup) => pickup.id === query.requested)
      : undefined
  return (
    <PortalShell me={me}>
      <h1>{t("title")}</h1>
      {requested && (
        <FormMessage
          ok
          message={t("requested", {
            count: requested.parcels,
            date: formatVietnamDay(requested.pickup_date, locale),
          })}
        />
      )}
      <section className={`${styles.card} ${styles.form}`}>
        <p className={styles.itemTitle} data-testid="pickup-waiting">
          {t("waiting", { count: waiting })}
        </p>
        <p className={styles.meta}>{t("intro")}</p>
        <PickupForm />
      </section>
      <h2>{t("history")}</h2>
      {pickups.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className={styles.list} data-testid="pickups">
          {pickups.map((pickup) => (
            <li key={pickup.id} className={styles.card}>
              <p className={styles.itemTitle}>
                {t("date", {
                  date: formatVietnamDay(pickup.pickup_date, locale),
                })}{" "}
                · {t("parcels", { count: pickup.parcels })}
              </p>
              <p className={styles.meta}>
                {t("requestedAt", {
                  date: formatDateTime(pickup.requested_at, locale),
                })}
              </p>
              {pickup.note && <p className={styles.meta}>{pickup.note}</p>}
              <ul className={styles.plain}>
                {pickup.shipments.map((shipment) => (
                  <li key={shipment.tracking_number}>
                    <Link href={`/seller/orders/${shipment.order_id}`}>
                      {tOrders("number", { id: shipment.display_id })}
                    </Link>{" "}
                    · {shipment.tracking_number} · {tStatus(shipment.status)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={pageNumber}
        pageCount={pageCount(count, PAGE_SIZE)}
        hrefFor={pageHref("/seller/pickups")}
      />
    </PortalShell>
  )
}
