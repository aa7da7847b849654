import { getLocale, getTranslations } from "next-intl/server"

import { Link } from "@/i18n/navigation"
import { formatDate, isoDateInVietnam } from "@/lib/util/dates"
import { Price } from "@/modules/common/components/price"
import type { OrderSummary } from "@/types/account"

import { orderHref } from "../paths"
import styles from "./account.module.css"
import { OrderStates } from "./order-states"

/** The buyer's orders, one card each: number, day, cooperative, total, and how it is going. */
export const OrderList = async ({ orders }: { orders: OrderSummary[] }) => {
  const [t, locale] = await Promise.all([
    getTranslations("account.orders"),
    getLocale(),
  ])
  return (
    <ul className={styles.orders} data-testid="orders">
      {orders.map((order) => (
        <li key={order.id} className={styles.order} data-testid="order">
          <p className={styles.orderTop}>
            <Link href={orderHref(order.id)} data-testid="order-link">
              {t("order", { id: order.displayId })}
            </Link>
            <Price amount={order.total} className={styles.amount} />
          </p>
          <p className={styles.addressText}>
            <time dateTime={isoDateInVietnam(order.createdAt)}>
              {t("placed", { date: formatDate(order.createdAt, locale) })}
            </time>
            {order.cooperativeName && (
              <>
                {" · "}
                <span data-testid="order-cooperative">
                  {order.cooperativeName}
                </span>
              </>
            )}
          </p>
          <OrderStates progress={order.progress} payment={order.payment} />
        </li>
      ))}
    </ul>
  )
}
