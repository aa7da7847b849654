import { getLocale, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { formatDate, isoDateInVietnam } from "@/lib/util/dates"
import { ParcelTimeline } from "@/modules/common/components/parcel-timeline"
import { Price } from "@/modules/common/components/price"
import sellerStyles from "@/modules/seller/components/seller.module.css"
import type { OrderDetail as Order, ParcelEvent } from "@/types/account"

import { AddressText } from "./address-card"
import styles from "./account.module.css"
import { OrderStates } from "./order-states"

/**
 * One order, one cooperative's parcel: what is in it, where it goes, what delivery costs, how
 * much cash the courier collects, and where the parcel has been.
 */
export const OrderDetail = async ({
  order,
  provinceName,
  timeline = [],
}: {
  order: Order
  provinceName?: string
  /** The courier's events, oldest first; nothing shows before the first. */
  timeline?: ParcelEvent[]
}) => {
  const [t, locale] = await Promise.all([
    getTranslations("account.orders"),
    getLocale(),
  ])
  return (
    <article className={styles.sections} data-testid="order-detail">
      <div>
        <h1>{t("order", { id: order.displayId })}</h1>
        <p className={sellerStyles.meta}>
          <time dateTime={isoDateInVietnam(order.createdAt)}>
            {t("placed", { date: formatDate(order.createdAt, locale) })}
          </time>
          {order.cooperativeName && (
            <>
              {" · "}
              {t("cooperative")}:{" "}
              <strong data-testid="order-cooperative">
                {order.cooperativeName}
              </strong>
            </>
          )}
        </p>
        <OrderStates progress={order.progress} payment={order.payment} />
      </div>
      {timeline.length > 0 && (
        <section aria-labelledby="order-timeline">
          <h2 id="order-timeline">{t("timeline")}</h2>
          <ParcelTimeline
            testId="order-timeline"
            steps={timeline.map((event) => ({
              status: event.status,
              occurredAt: event.occurredAt,
              note: event.note,
            }))}
          />
        </section>
      )}
      <section aria-labelledby="order-items">
        <h2 id="order-items">{t("items")}</h2>
        <ul className={styles.lines}>
          {order.lines.map((line) => (
            <li key={line.id} className={styles.line} data-testid="order-line">
              {line.thumbnail ? (
                // eslint-disable-next-line @next/next/no-img-element -- the backend's own thumbnail, already small
                <img src={line.thumbnail} alt="" className={styles.thumb} />
              ) : (
                <span className={styles.thumb} aria-hidden="true" />
              )}
              <div>
                <strong>{line.title}</strong>
                {line.variantTitle && <> · {line.variantTitle}</>}
                <br />
                <span className={sellerStyles.meta}>
                  {t("quantity", { count: line.quantity })} ×{" "}
                  <Price amount={line.unitPrice} />
                </span>
              </div>
              <Price amount={line.total} className={styles.amount} />
            </li>
          ))}
        </ul>
      </section>
      <dl className={styles.totals}>
        <dt>{t("itemTotal")}</dt>
        <dd>
          <Price amount={order.itemTotal} />
        </dd>
        <dt>
          {order.shippingMethod
            ? t("shippingBy", { method: order.shippingMethod })
            : t("shipping")}
        </dt>
        <dd>
          <Price amount={order.shippingTotal} testId="order-shipping" />
        </dd>
        <dt className={styles.grandTotal}>{t("total")}</dt>
        <dd className={styles.grandTotal}>
          <Price amount={order.total} testId="order-total" />
        </dd>
        {order.codAmount > 0 && (
          <>
            <dt className={styles.cod}>{t("codAmount")}</dt>
            <dd className={styles.cod}>
              <Price amount={order.codAmount} testId="order-cod" />
            </dd>
          </>
        )}
      </dl>
      {order.shippingAddress && (
        <section aria-labelledby="order-address">
          <h2 id="order-address">{t("shipTo")}</h2>
          <AddressText
            address={order.shippingAddress}
            provinceName={provinceName}
          />
        </section>
      )}
      <p>
        <Link href="/account/orders">{t("back")}</Link>
      </p>
    </article>
  )
}
